import type { RequestChannel, RequestChannelKind } from '../../../shared/model/index.ts';
import { t } from '../../i18n/t.ts';
import { CheckboxField, LocalizedField, SelectField, TextField } from '../fields.tsx';
import { useFormSelector, useFormStore } from '../form-context.ts';
import { CHANNEL_KIND_OPTIONS } from './options.ts';

/** A new channel of each kind; changing the kind replaces the channel, as its fields differ. */
const NEW_CHANNEL: Record<RequestChannelKind, RequestChannel> = {
  email: { kind: 'email', email: '' },
  'web-form': { kind: 'web-form', url: '' },
  phone: { kind: 'phone', phone: '', tollFree: false },
  post: { kind: 'post' },
  'in-app': { kind: 'in-app', where: '' },
};

function ChannelRow({ index }: { index: number }) {
  const { update } = useFormStore();
  const base = ['company', 'requestChannels', index] as const;
  const kind = useFormSelector(`channel-kind:${index}`, (s) => s.project.company.requestChannels[index]?.kind);
  const setChannels = (edit: (list: RequestChannel[]) => RequestChannel[]) =>
    update(`company.requestChannels:rows:${Date.now()}`, (p) => ({ ...p, company: { ...p.company, requestChannels: edit(p.company.requestChannels) } }));
  return (
    <div className="ps-subcard ps-field--wide">
      <div className="ps-form-grid">
        <SelectField
          label={t('field.requestChannelN', { n: index + 1 })}
          path={[...base, 'kind']}
          options={CHANNEL_KIND_OPTIONS}
          transform={(p, chosen) => {
            const next = NEW_CHANNEL[chosen as RequestChannelKind];
            return next ? { ...p, company: { ...p.company, requestChannels: p.company.requestChannels.map((c, i) => (i === index ? next : c)) } } : p;
          }}
        />
        {kind === 'email' && <TextField label={t('field.channelEmail')} path={[...base, 'email']} type="email" />}
        {kind === 'web-form' && <TextField label={t('field.channelUrl')} path={[...base, 'url']} type="url" placeholder="https://" />}
        {kind === 'phone' && <TextField label={t('field.channelPhone')} path={[...base, 'phone']} type="tel" />}
        {kind === 'phone' && <CheckboxField label={t('field.tollFree')} path={[...base, 'tollFree']} help={t('field.tollFree.help')} />}
        {kind === 'post' && <p className="ps-field-hint">{t('field.channelPost.help')}</p>}
        {kind === 'in-app' && <LocalizedField label={t('field.channelWhere')} path={[...base, 'where']} help={t('field.channelWhere.help')} />}
      </div>
      <button type="button" className="ps-link-button ps-danger" onClick={() => setChannels((list) => list.filter((_, i) => i !== index))}>
        {t('form.removeChannel', { n: index + 1 })}
      </button>
    </div>
  );
}

/** Ways to make a privacy request (email, web form, phone, post, in-app); none given means email to the company's address. */
export function RequestChannels() {
  const { update } = useFormStore();
  const count = useFormSelector('channel-count', (s) => s.project.company.requestChannels.length);
  return (
    <div className="ps-field--wide" data-path="company.requestChannels">
      <h3 className="ps-subheading">{t('field.requestChannels')}</h3>
      {count === 0 && <p className="ps-field-hint">{t('field.requestChannels.empty')}</p>}
      <div className="ps-cards">
        {Array.from({ length: count }, (_, i) => (
          <ChannelRow key={i} index={i} />
        ))}
      </div>
      <button
        type="button"
        className="ps-button ps-button--small"
        onClick={() =>
          update(`company.requestChannels:rows:${Date.now()}`, (p) => ({
            ...p,
            company: { ...p.company, requestChannels: [...p.company.requestChannels, count === 0 ? { kind: 'email', email: p.company.email } : NEW_CHANNEL['web-form']] },
          }))
        }
      >
        + {t('form.addChannel')}
      </button>
    </div>
  );
}
