import { describe, expect, it } from 'vitest';
import { cookies, findService, services, type LibraryCookie, type LibraryService } from '../../../shared/library/index.ts';
import { applyCookieUpdate, applyRecipientUpdate, cookieUpdate, dismissUpdate, recipientUpdate } from '../../../shared/library/library-updates.ts';
import { fillCookie, fillRecipient } from '../../../shared/library/suggest.ts';
import type { Cookie, Recipient } from '../../../shared/model/index.ts';

const stripe = findService('stripe') as LibraryService;
const eu = { languages: ['en', 'sv'] as const, usSide: false };
const us = { languages: ['en'] as const, usSide: true };

function blankRecipient(): Recipient {
  return { id: 'recipient-3', name: 'Str', role: 'processor', activity: '', storedIn: ['SE'], accessedFrom: [], transfers: {}, ccpaRole: 'service-provider' };
}

function blankCookie(): Cookie {
  return { name: '_g', provider: '', category: 'necessary', purpose: '', duration: '', party: 'first' };
}

describe('filling a recipient from the library', () => {
  it('takes the entity for the company’s side, the role, countries, transfer tools and the activity in every project language', () => {
    const row = fillRecipient(blankRecipient(), stripe, eu);
    expect(row.name).toBe('Stripe Payments Europe, Limited');
    expect(fillRecipient(blankRecipient(), stripe, us).name).toBe('Stripe, Inc.');
    expect(row.role).toBe('processor');
    expect(row.storedIn).toEqual(['US']);
    expect(row.transfers.eu).toEqual({ mechanism: 'dpf' });
    expect(row.activity).toEqual({ en: 'Processes online payments', sv: 'Hanterar onlinebetalningar' });
    expect(row.url).toBe('https://stripe.com');
  });

  it('keeps the row’s id, which activities refer to, and what the library does not know', () => {
    const row = fillRecipient(blankRecipient(), stripe, eu);
    expect(row.id).toBe('recipient-3');
    expect(row.ccpaRole).toBe('service-provider');
    expect(row.library?.id).toBe('stripe');
  });

  it('gives a controller its privacy policy link, and no transfer tool the library lacks', () => {
    const controller = services().find((s) => s.role === 'independent-controller' && Object.keys(s.transfers).length === 0);
    if (!controller) throw new Error('the library has no independent controller without transfer tools');
    const row = fillRecipient(blankRecipient(), controller, eu);
    expect(row.privacyPolicyUrl).toBe(controller.privacyPolicyUrl);
    expect(row.transfers).toEqual({});
  });
});

describe('library updates', () => {
  it('offers nothing while the entry is as the row took it, or for a row typed by hand', () => {
    const row = fillRecipient(blankRecipient(), stripe, eu);
    expect(recipientUpdate(row, findService)).toBeUndefined();
    expect(recipientUpdate(blankRecipient(), findService)).toBeUndefined();
  });

  it('names the facts that changed, and applies only those', () => {
    const row = { ...fillRecipient(blankRecipient(), stripe, eu), activity: { en: 'Card payments at checkout', sv: 'Kortbetalningar i kassan' } };
    const changedEntry: LibraryService = { ...stripe, transfers: { eu: 'scc', uk: 'idta' } };
    const update = recipientUpdate(row, () => changedEntry);
    expect(update?.changed).toEqual(['transfers']);
    const applied = applyRecipientUpdate(row, update!, eu);
    expect(applied.transfers).toEqual({ eu: { mechanism: 'scc' }, uk: { mechanism: 'idta' } });
    // The user's own activity text is not a library change and stays.
    expect(applied.activity).toEqual(row.activity);
    expect(recipientUpdate(applied, () => changedEntry)).toBeUndefined();
  });

  it('dismissing keeps the row’s facts and stops offering that change, but not the next one', () => {
    const row = fillRecipient(blankRecipient(), stripe, eu);
    const moved: LibraryService = { ...stripe, storedIn: ['IE'] };
    const update = recipientUpdate(row, () => moved)!;
    const dismissed = dismissUpdate(row, update);
    expect(dismissed.storedIn).toEqual(['US']);
    expect(recipientUpdate(dismissed, () => moved)).toBeUndefined();
    expect(recipientUpdate(dismissed, () => ({ ...moved, role: 'independent-controller' }))?.changed).toEqual(['role']);
  });

  it('works the same for cookies: a changed duration is offered and applied in every language', () => {
    const ga = cookies().find((c) => c.name === '_ga' && c.match === 'exact') as LibraryCookie;
    const row = fillCookie(blankCookie(), ga, ['en', 'sv']);
    expect(row.provider).toBe(ga.provider);
    expect(row.party).toBe('first');
    expect(cookieUpdate(row, () => ga)).toBeUndefined();
    const longer: LibraryCookie = { ...ga, duration: { kind: 'fixed', amount: 3, unit: 'years' } };
    const update = cookieUpdate(row, () => longer);
    expect(update?.changed).toEqual(['duration']);
    const applied = applyCookieUpdate(row, update!, ['en', 'sv']);
    expect(applied.duration).toEqual({ en: '3 years', sv: '3 år' });
  });
});
