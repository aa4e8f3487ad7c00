import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import type { EditorView, NodeView } from '@tiptap/pm/view';
import { languageName } from '../i18n/language-names.ts';
import { t, type MessageKey } from '../i18n/t.ts';
import type { SectionTranslationNotice } from '../../shared/translations/section-links.ts';
import { blockTexts, diffParagraphs, type DiffLine } from '../../shared/document/paragraph-diff.ts';
import { allowsTransaction } from './section-lock.ts';
import type { DocNode } from '../../shared/document/types.ts';

/** What the section toolbars ask the app to do. Each changes the project; the document follows. */
export interface SectionActions {
  customize(sectionId: string): void;
  revert(sectionId: string): void;
  keepMine(sectionId: string): void;
  insertAfter(sectionId: string): void;
  deleteCustom(sectionId: string): void;
  /** The current generated content of a section, for the "what changed" view. */
  generatedContent(sectionId: string): DocNode[] | null;
  /** A customised section translated from another language's version, which has changed since: from which language, and how. */
  translationNotice(sectionId: string): SectionTranslationNotice | null;
  /** The translated section now matches its source as it is. */
  markTranslated(sectionId: string): void;
}

/**
 * Dispatched on each section's element when the user's sections changed
 * without the document changing (a translation marked up to date, another
 * language's version edited): the section looks at its notices again.
 */
export const REFRESH_NOTICES_EVENT = 'ps-refresh-notices';

export interface SectionControlsOptions {
  /** Read at click time, so the app can pass fresh callbacks without rebuilding the editor. */
  actions: () => SectionActions;
}

/**
 * Where keyboard focus goes once an action has changed the document: the
 * button that was used is gone (its section was rebuilt), so focus moves to
 * the same section's first action, to the section before a deleted one, or
 * into a section just inserted, instead of falling back to the page.
 */
type FocusRequest =
  | { kind: 'section'; sectionId: string; attrs: string; at: number }
  | { kind: 'after-delete'; sectionId: string; previousId: string | null; at: number }
  | { kind: 'inserted'; afterId: string; nextId: string | null; at: number };

/** A request not met within this time (the action changed nothing) is dropped, so focus never jumps later. */
const FOCUS_REQUEST_MS = 3000;

interface FocusTracker {
  request: FocusRequest | null;
}

/** The section's title as a reader sees it: its first heading, for naming its actions. */
export function sectionTitle(node: PMNode): string {
  let title = '';
  node.forEach((child) => {
    if (!title && child.type.name === 'heading') title = child.textContent.trim();
  });
  if (!title) node.descendants((child) => (title ? false : child.type.name === 'heading' ? ((title = child.textContent.trim()), false) : true));
  return title || t('section.untitled');
}

/**
 * The view of one policy section: a bar with its state and actions (not part
 * of the document, not editable) above its content, which is editable only
 * when the section is customized or the user's own. Every action is a real
 * button in the tab order, named with the section's title ("Customize
 * (section “Security”)") so a screen reader's list of buttons makes sense.
 */
class SectionView implements NodeView {
  dom: HTMLElement;
  contentDOM: HTMLElement;
  private bar: HTMLElement;
  private notice: HTMLElement;
  private translation: HTMLElement;
  private translationShown = '';
  private node: PMNode;
  private title = '';
  private named: { el: HTMLElement; key: MessageKey }[] = [];

  constructor(
    node: PMNode,
    private readonly options: SectionControlsOptions,
    private readonly focus: FocusTracker,
  ) {
    this.node = node;
    this.dom = document.createElement('section');
    this.bar = document.createElement('div');
    this.bar.contentEditable = 'false';
    this.bar.className = 'ps-section-bar';
    this.bar.setAttribute('role', 'group');
    this.notice = document.createElement('div');
    this.notice.contentEditable = 'false';
    this.notice.className = 'ps-section-notice';
    this.translation = document.createElement('div');
    this.translation.contentEditable = 'false';
    this.translation.className = 'ps-section-translation';
    this.translation.hidden = true;
    this.contentDOM = document.createElement('div');
    this.contentDOM.className = 'ps-section-body';
    this.dom.append(this.bar, this.notice, this.translation, this.contentDOM);
    this.dom.addEventListener(REFRESH_NOTICES_EVENT, () => this.renderTranslation());
    this.render();
  }

  private button(key: MessageKey, className: string, request: () => FocusRequest | null, onClick: () => void): HTMLButtonElement {
    const el = document.createElement('button');
    el.type = 'button';
    el.className = className;
    el.textContent = t(key);
    // A mouse click must not move the caret out of the text being edited; keyboard focus is unaffected.
    el.addEventListener('mousedown', (event) => event.preventDefault());
    el.addEventListener('click', (event) => {
      event.preventDefault();
      // Only a keyboard user's focus needs a new home: a mouse click never moved focus here.
      if (document.activeElement === el) this.focus.request = request();
      onClick();
    });
    this.named.push({ el, key });
    return el;
  }

  /** Names every action after the section, so "Customize" is told apart from the twenty others. */
  private nameActions(): void {
    this.bar.setAttribute('aria-label', t('section.actions', { title: this.title }));
    for (const { el, key } of this.named) el.setAttribute('aria-label', t('section.actionNamed', { action: t(key), title: this.title }));
  }

  private render(): void {
    const { sectionId, origin, generatedHash, basedOnHash } = this.node.attrs as {
      sectionId: string;
      origin: string;
      generatedHash: string | null;
      basedOnHash: string | null;
    };
    this.dom.className = `ps-section ps-section--${origin}`;
    this.dom.dataset.sectionId = sectionId;
    this.dom.dataset.origin = origin;
    this.contentDOM.contentEditable = origin === 'generated' ? 'false' : 'true';
    this.title = sectionTitle(this.node);
    this.named = [];
    const actions = () => this.options.actions();
    const attrs = JSON.stringify(this.node.attrs);
    const same = (): FocusRequest => ({ kind: 'section', sectionId, attrs, at: Date.now() });
    const previousId = () => (this.dom.previousElementSibling as HTMLElement | null)?.dataset.sectionId ?? null;
    const nextId = () => (this.dom.nextElementSibling as HTMLElement | null)?.dataset.sectionId ?? null;

    this.bar.replaceChildren();
    const badge = document.createElement('span');
    badge.className = 'ps-badge';
    badge.textContent = t(origin === 'generated' ? 'section.generatedBadge' : origin === 'customized' ? 'section.customizedBadge' : 'section.customBadge');
    this.bar.append(badge);
    const spacer = document.createElement('span');
    spacer.className = 'ps-spacer';
    this.bar.append(spacer);
    if (origin === 'generated') this.bar.append(this.button('section.customize', 'ps-link-button', same, () => actions().customize(sectionId)));
    if (origin === 'customized') this.bar.append(this.button('section.revert', 'ps-link-button', same, () => actions().revert(sectionId)));
    if (origin === 'custom') {
      this.bar.append(
        this.button('section.deleteCustom', 'ps-link-button', () => ({ kind: 'after-delete', sectionId, previousId: previousId(), at: Date.now() }), () => actions().deleteCustom(sectionId)),
      );
    }
    this.bar.append(this.button('section.insertAfter', 'ps-link-button', () => ({ kind: 'inserted', afterId: sectionId, nextId: nextId(), at: Date.now() }), () => actions().insertAfter(sectionId)));

    this.notice.replaceChildren();
    const outdated = origin === 'customized' && generatedHash !== null && basedOnHash !== null && generatedHash !== basedOnHash;
    this.notice.hidden = !outdated;
    if (outdated) {
      this.notice.setAttribute('role', 'status');
      const text = document.createElement('p');
      text.textContent = t('section.outdated');
      const buttons = document.createElement('div');
      buttons.className = 'ps-notice-actions';
      buttons.append(
        this.button('section.keepMine', 'ps-button ps-button--small', same, () => actions().keepMine(sectionId)),
        this.button('section.useGenerated', 'ps-button ps-button--small', same, () => actions().revert(sectionId)),
      );
      const details = document.createElement('details');
      const summary = document.createElement('summary');
      summary.textContent = t('section.whatChanged');
      this.named.push({ el: summary, key: 'section.whatChanged' });
      details.append(summary);
      details.addEventListener('toggle', () => {
        if (!details.open || details.querySelector('.ps-diff')) return;
        const generated = actions().generatedContent(sectionId) ?? [];
        const mine = (this.node.toJSON() as DocNode).content ?? [];
        const list = document.createElement('ul');
        list.className = 'ps-diff';
        list.setAttribute('aria-label', t('section.whatChanged'));
        for (const line of diffParagraphs(blockTexts(mine), blockTexts(generated))) {
          if (line.kind === 'same') continue;
          const item = document.createElement('li');
          item.className = `ps-diff-${line.kind}`;
          // The sign is for the eye; a screen reader hears what the line is.
          const sign = document.createElement('span');
          sign.setAttribute('aria-hidden', 'true');
          sign.textContent = line.kind === 'added' ? '+ ' : '− ';
          const label = document.createElement('span');
          label.className = 'ps-visually-hidden';
          label.textContent = `${t(line.kind === 'added' ? 'section.diffAdded' : 'section.diffRemoved')}: `;
          item.append(sign, label, line.text);
          list.append(item);
        }
        details.append(list);
      });
      this.notice.append(text, buttons, details);
    }
    this.nameActions();
    this.translationShown = '';
    this.renderTranslation();
  }

  /**
   * "Changed in English since this was translated": shown on a customised
   * or custom section whose source language's version changed after it was
   * translated (or that is still the source's copy), with what changed, or
   * the source's text, and a way to say the translation is done.
   */
  private renderTranslation(): void {
    const { sectionId, origin } = this.node.attrs as { sectionId: string; origin: string };
    const notice = origin === 'customized' || origin === 'custom' ? this.options.actions().translationNotice(sectionId) : null;
    const shown = notice ? JSON.stringify(notice) : '';
    if (shown === this.translationShown) return;
    this.translationShown = shown;
    this.translation.replaceChildren();
    this.translation.hidden = notice === null;
    if (!notice) {
      this.translation.removeAttribute('role');
      return;
    }
    this.translation.setAttribute('role', 'status');
    const from = languageName(notice.from);
    const text = document.createElement('p');
    const untranslated = notice.kind === 'untranslated';
    text.textContent = t(untranslated ? 'section.translationUntranslated' : 'section.translationChanged', { lang: from });
    const mark = document.createElement('button');
    mark.type = 'button';
    mark.className = 'ps-button ps-button--small';
    mark.textContent = t('section.markTranslated');
    mark.setAttribute('aria-label', t('section.actionNamed', { action: t('section.markTranslated'), title: this.title }));
    mark.addEventListener('mousedown', (event) => event.preventDefault());
    mark.addEventListener('click', (event) => {
      event.preventDefault();
      this.options.actions().markTranslated(sectionId);
    });
    const buttons = document.createElement('div');
    buttons.className = 'ps-notice-actions';
    buttons.append(mark);
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    const heading = t(untranslated ? 'section.translationSourceText' : 'section.translationWhatChanged', { lang: from });
    summary.textContent = heading;
    details.append(summary, diffList(notice.changes, heading, { added: t('section.translationDiffAdded', { lang: from }), removed: t('section.translationDiffRemoved', { lang: from }) }, notice.from));
    this.translation.append(text, buttons, details);
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type) return false;
    const changed = JSON.stringify(node.attrs) !== JSON.stringify(this.node.attrs);
    this.node = node;
    if (changed) this.render();
    else {
      const title = sectionTitle(node);
      if (title !== this.title) {
        this.title = title;
        this.nameActions();
      }
    }
    return true;
  }

  stopEvent(event: Event): boolean {
    const target = event.target as globalThis.Node | null;
    return target !== null && (this.bar.contains(target) || this.notice.contains(target) || this.translation.contains(target));
  }

  ignoreMutation(mutation: MutationRecord | { type: 'selection'; target: globalThis.Node }): boolean {
    if (mutation.type === 'selection') return false;
    return this.bar.contains(mutation.target) || this.notice.contains(mutation.target) || this.translation.contains(mutation.target) || mutation.target === this.dom;
  }
}

/** A diff as a list: a sign for the eye, the line's kind in words for a screen reader. */
function diffList(lines: readonly DiffLine[], label: string, words: { added: string; removed: string }, lang?: string): HTMLUListElement {
  const list = document.createElement('ul');
  list.className = 'ps-diff';
  list.setAttribute('aria-label', label);
  for (const line of lines) {
    if (line.kind === 'same') continue;
    const item = document.createElement('li');
    item.className = `ps-diff-${line.kind}`;
    const sign = document.createElement('span');
    sign.setAttribute('aria-hidden', 'true');
    sign.textContent = line.kind === 'added' ? '+ ' : '− ';
    const kind = document.createElement('span');
    kind.className = 'ps-visually-hidden';
    kind.textContent = `${line.kind === 'added' ? words.added : words.removed}: `;
    const text = document.createElement('span');
    text.textContent = line.text;
    if (lang) text.lang = lang;
    item.append(sign, kind, text);
    list.append(item);
  }
  return list;
}

function sectionElement(view: EditorView, sectionId: string | null): HTMLElement | null {
  if (!sectionId) return null;
  return view.dom.querySelector<HTMLElement>(`:scope > section[data-section-id="${CSS.escape(sectionId)}"]`);
}

function focusFirstAction(section: HTMLElement | null): boolean {
  const target = section?.querySelector<HTMLElement>('.ps-section-bar button');
  target?.focus();
  return target !== undefined && target !== null;
}

/** The section node with `sectionId` and its position. */
function findSection(doc: PMNode, sectionId: string): { node: PMNode; pos: number } | null {
  let found: { node: PMNode; pos: number } | null = null;
  doc.forEach((node, pos) => {
    if (!found && node.attrs.sectionId === sectionId) found = { node, pos };
  });
  return found;
}

/** Puts the caret at the start of a section's text (a section just inserted, ready to be written). */
function focusSectionText(view: EditorView, sectionId: string): boolean {
  // After this update has finished: a transaction dispatched from inside one would be applied out of order.
  setTimeout(() => {
    const section = findSection(view.state.doc, sectionId);
    if (!section || view.isDestroyed) return;
    view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(section.pos + 1))).scrollIntoView());
    view.focus();
  }, 0);
  return true;
}

/** Meets a pending focus request once the document shows the action's result. */
function settleFocus(view: EditorView, tracker: FocusTracker): void {
  const request = tracker.request;
  if (!request) return;
  if (Date.now() - request.at > FOCUS_REQUEST_MS) {
    tracker.request = null;
    return;
  }
  let done = false;
  if (request.kind === 'section') {
    const node = findSection(view.state.doc, request.sectionId)?.node;
    if (node && JSON.stringify(node.attrs) !== request.attrs) done = focusFirstAction(sectionElement(view, request.sectionId));
  } else if (request.kind === 'after-delete') {
    if (!sectionElement(view, request.sectionId)) done = focusFirstAction(sectionElement(view, request.previousId) ?? view.dom.querySelector<HTMLElement>(':scope > section'));
  } else {
    const next = sectionElement(view, request.afterId)?.nextElementSibling as HTMLElement | null | undefined;
    if (next?.dataset.sectionId && next.dataset.origin === 'custom' && next.dataset.sectionId !== request.nextId) done = focusSectionText(view, next.dataset.sectionId);
  }
  if (done) tracker.request = null;
}

/**
 * Editor-only behaviour of policy sections: the lock on generated sections
 * and their toolbars. Adds no schema: the document is still defined by
 * `policyExtensions` alone.
 */
export const SectionControls = Extension.create<SectionControlsOptions>({
  name: 'sectionControls',
  addOptions() {
    return {
      actions: () => {
        throw new Error('SectionControls needs an actions() option');
      },
    };
  },
  addProseMirrorPlugins() {
    const options = this.options;
    const tracker: FocusTracker = { request: null };
    return [
      new Plugin({
        key: new PluginKey('sectionControls'),
        filterTransaction: (tr) => allowsTransaction(tr),
        props: {
          nodeViews: {
            policySection: (node) => new SectionView(node, options, tracker),
          },
        },
        view: () => ({
          update: (view, previous) => {
            if (tracker.request && view.state.doc !== previous.doc) settleFocus(view, tracker);
          },
        }),
      }),
    ];
  },
});
