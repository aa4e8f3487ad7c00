import type { PolicyDocument } from '../../../shared/document/types.ts';
import type { ExportContext } from '../../../shared/export/context.ts';
import type { DocumentLanguage } from '../../../shared/model/languages.ts';
import type { ProjectInput } from '../../../shared/model/schema.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { generatePolicy } from '../../../shared/pipeline.ts';
import { baseProjectInput, buildProject } from '../../fixtures/project-builder.ts';

/**
 * Two versions of one project, as a consultant revises it: a video-call
 * provider added as a recipient, the account data kept 90 days after the
 * contract instead of 30, and the analytics cookie dropped. Both rendered
 * through the one pipeline.
 */
export interface TwoVersions {
  before: PolicyDocument;
  after: PolicyDocument;
  ctx: ExportContext;
}

/** The revised facts; `recipientName` lets a test put hostile text into the new version. */
export function revisedInput(recipientName = 'Whereby AS'): ProjectInput {
  const input = baseProjectInput();
  return {
    ...input,
    activities: (input.activities ?? []).map((a) =>
      a.id === 'run-account' ? { ...a, retention: { kind: 'period', amount: 90, unit: 'days', from: 'end-of-contract' }, recipients: [...(a.recipients ?? []), 'whereby'] } : a,
    ),
    recipients: [...(input.recipients ?? []), { id: 'whereby', name: recipientName, role: 'processor', activity: 'Video calls', storedIn: ['NO'] }],
    cookies: (input.cookies ?? []).filter((c) => c.name !== '_pk_id'),
  };
}

export function twoVersions(lang: DocumentLanguage = 'en', recipientName?: string): TwoVersions {
  const before = generatePolicy(buildProject(), lang, nodeEnv);
  const after = generatePolicy(buildProject(revisedInput(recipientName)), lang, nodeEnv);
  return { before: before.document, after: after.document, ctx: after.context };
}
