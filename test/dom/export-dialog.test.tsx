import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportDialog } from '../../renderer/components/ExportDialog.tsx';
import type { Host } from '../../renderer/host/host.ts';
import { buildProject } from '../fixtures/project-builder.ts';

afterEach(cleanup);

describe('export dialog', () => {
  it('names each language in itself, as the form does', () => {
    render(<ExportDialog host={{ kind: 'http' } as unknown as Host} project={buildProject()} languages={['en', 'sv']} folder={null} onFolderChosen={vi.fn()} onClose={vi.fn()} />);
    const languages = within(screen.getByRole('group', { name: 'Languages' }));
    expect(languages.getByLabelText('English')).toBeTruthy();
    const svenska = languages.getByLabelText('Svenska') as HTMLInputElement;
    expect(svenska.checked).toBe(true);
    expect(svenska.closest('label')?.querySelector('[lang="sv"]')?.textContent).toBe('Svenska');
    expect(languages.queryByLabelText('Swedish')).toBeNull();
  });
});
