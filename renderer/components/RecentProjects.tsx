import { useEffect } from 'react';
import type { RecentFile } from '../../shared/host/api.ts';
import type { Host } from '../host/host.ts';
import { t } from '../i18n/t.ts';
import { useRecentFiles } from '../state/recent-files.ts';
import { RecentEntry } from './RecentMenu.tsx';

/** The start screen's list of recent projects; nothing when there are none. A missing file is greyed and explained when chosen. */
export function RecentProjects({ host, onOpen, onMissing }: { host: Host; onOpen(path: string): void; onMissing(file: RecentFile): void }) {
  const { files, refresh } = useRecentFiles(host);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  if (!files?.length) return null;
  return (
    <section className="ps-recent" aria-labelledby="recent-title">
      <h2 id="recent-title">{t('recent.title')}</h2>
      <ul>
        {files.map((file) => (
          <li key={file.path}>
            <button
              type="button"
              className={`ps-menu-item${file.missing ? ' is-missing' : ''}`}
              title={file.path}
              onClick={() => (file.missing ? onMissing(file) : onOpen(file.path))}
            >
              <RecentEntry file={file} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
