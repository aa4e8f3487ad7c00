import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { NodeView } from '@tiptap/pm/view';
import { t } from '../i18n/t.ts';
import { blockTexts, diffParagraphs } from './diff.ts';
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
}

export interface SectionControlsOptions {
  /** Read at click time, so the app can pass fresh callbacks without rebuilding the editor. */
  actions: () => SectionActions;
}

function button(label: string, className: string, onClick: () => void): HTMLButtonElement {
  const el = document.createElement('button');
  el.type = 'button';
  el.className = className;
  el.textContent = label;
  el.addEventListener('mousedown', (event) => event.preventDefault());
  el.addEventListener('click', (event) => {
    event.preventDefault();
    onClick();
  });
  return el;
}

/**
 * The view of one policy section: a bar with its state and actions (not part
 * of the document, not editable) above its content, which is editable only
 * when the section is customized or the user's own.
 */
class SectionView implements NodeView {
  dom: HTMLElement;
  contentDOM: HTMLElement;
  private bar: HTMLElement;
  private notice: HTMLElement;
  private node: PMNode;

  constructor(
    node: PMNode,
    private readonly options: SectionControlsOptions,
  ) {
    this.node = node;
    this.dom = document.createElement('section');
    this.bar = document.createElement('div');
    this.bar.contentEditable = 'false';
    this.bar.className = 'ps-section-bar';
    this.notice = document.createElement('div');
    this.notice.contentEditable = 'false';
    this.notice.className = 'ps-section-notice';
    this.contentDOM = document.createElement('div');
    this.contentDOM.className = 'ps-section-body';
    this.dom.append(this.bar, this.notice, this.contentDOM);
    this.render();
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
    const actions = () => this.options.actions();

    this.bar.replaceChildren();
    const badge = document.createElement('span');
    badge.className = 'ps-badge';
    badge.textContent = t(origin === 'generated' ? 'section.generatedBadge' : origin === 'customized' ? 'section.customizedBadge' : 'section.customBadge');
    this.bar.append(badge);
    const spacer = document.createElement('span');
    spacer.className = 'ps-spacer';
    this.bar.append(spacer);
    if (origin === 'generated') this.bar.append(button(t('section.customize'), 'ps-link-button', () => actions().customize(sectionId)));
    if (origin === 'customized') this.bar.append(button(t('section.revert'), 'ps-link-button', () => actions().revert(sectionId)));
    if (origin === 'custom') this.bar.append(button(t('section.deleteCustom'), 'ps-link-button', () => actions().deleteCustom(sectionId)));
    this.bar.append(button(t('section.insertAfter'), 'ps-link-button', () => actions().insertAfter(sectionId)));

    this.notice.replaceChildren();
    const outdated = origin === 'customized' && generatedHash !== null && basedOnHash !== null && generatedHash !== basedOnHash;
    this.notice.hidden = !outdated;
    if (!outdated) return;
    this.notice.setAttribute('role', 'status');
    const text = document.createElement('p');
    text.textContent = t('section.outdated');
    const buttons = document.createElement('div');
    buttons.className = 'ps-notice-actions';
    buttons.append(
      button(t('section.keepMine'), 'ps-button ps-button--small', () => actions().keepMine(sectionId)),
      button(t('section.useGenerated'), 'ps-button ps-button--small', () => actions().revert(sectionId)),
    );
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = t('section.whatChanged');
    details.append(summary);
    details.addEventListener('toggle', () => {
      if (!details.open || details.querySelector('.ps-diff')) return;
      const generated = actions().generatedContent(sectionId) ?? [];
      const mine = (this.node.toJSON() as DocNode).content ?? [];
      const list = document.createElement('ul');
      list.className = 'ps-diff';
      for (const line of diffParagraphs(blockTexts(mine), blockTexts(generated))) {
        if (line.kind === 'same') continue;
        const item = document.createElement('li');
        item.className = `ps-diff-${line.kind}`;
        item.textContent = `${line.kind === 'added' ? '+ ' : '− '}${line.text}`;
        list.append(item);
      }
      details.append(list);
    });
    this.notice.append(text, buttons, details);
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type) return false;
    const changed = JSON.stringify(node.attrs) !== JSON.stringify(this.node.attrs);
    this.node = node;
    if (changed) this.render();
    return true;
  }

  stopEvent(event: Event): boolean {
    const target = event.target as globalThis.Node | null;
    return target !== null && (this.bar.contains(target) || this.notice.contains(target));
  }

  ignoreMutation(mutation: MutationRecord | { type: 'selection'; target: globalThis.Node }): boolean {
    if (mutation.type === 'selection') return false;
    return this.bar.contains(mutation.target) || this.notice.contains(mutation.target) || mutation.target === this.dom;
  }
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
    return [
      new Plugin({
        key: new PluginKey('sectionControls'),
        filterTransaction: (tr) => allowsTransaction(tr),
        props: {
          nodeViews: {
            policySection: (node) => new SectionView(node, options),
          },
        },
      }),
    ];
  },
});
