/**
 * The clip library: saved clips, newest first, with their metadata and figure counts.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../components/i18n';
import { type Clip, db } from '../../storage/db';

/** The library page. */
export function App() {
  const [clips, setClips] = useState<Clip[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    document.title = t('libraryTitle');
    db()
      .clips.orderBy('capturedAt')
      .reverse()
      .limit(200)
      .toArray()
      .then(setClips)
      .catch((e: Error) => setError(e.message));
  }, []);
  return (
    <main class="lib">
      <header class="brand">
        <span class="logo">GL</span>
        <span>{t('libraryTitle')}</span>
      </header>
      {error && <p class="msg error">{error}</p>}
      {clips && (
        <table class="clips" data-testid="clips">
          <thead>
            <tr>
              <th>{t('libraryColTitle')}</th>
              <th>{t('agency')}</th>
              <th>{t('reportYear')}</th>
              <th>{t('published')}</th>
              <th>{t('figures')}</th>
              <th>{t('libraryColCaptured')}</th>
            </tr>
          </thead>
          <tbody>
            {clips.map((c) => (
              <tr key={c.id}>
                <td>
                  <a href={c.url} target="_blank" rel="noreferrer">
                    {c.title}
                  </a>
                  {c.version > 1 && <span class="ver">v{c.version}</span>}
                </td>
                <td>{c.agency ?? '—'}</td>
                <td>{c.reportYear ?? '—'}</td>
                <td>{c.publishedAt ?? '—'}</td>
                <td class="num">{c.metrics.length}</td>
                <td>{c.capturedAt.slice(0, 16).replace('T', ' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {clips && !clips.length && <p class="muted">{t('libraryEmpty')}</p>}
    </main>
  );
}
