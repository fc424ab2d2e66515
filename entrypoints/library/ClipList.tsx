/** The list of clips: one row per clip with its metadata, a check box to select it for export. */
import { t } from '../../components/i18n';
import type { Clip } from '../../storage/db';

/** The table of one page of clips. */
export function ClipList({
  clips,
  selected,
  onSelect,
  onOpen,
}: {
  clips: Clip[];
  selected: Set<string>;
  onSelect(next: Set<string>): void;
  onOpen(id: string): void;
}) {
  return (
    <table class="clips" data-testid="clips">
      <thead>
        <tr>
          <th>
            <input
              type="checkbox"
              aria-label={t('selectPage')}
              checked={clips.length > 0 && clips.every((c) => selected.has(c.id))}
              onChange={(e) => {
                const next = new Set(selected);
                for (const c of clips) {
                  if ((e.target as HTMLInputElement).checked) next.add(c.id);
                  else next.delete(c.id);
                }
                onSelect(next);
              }}
            />
          </th>
          <th>{t('libraryColTitle')}</th>
          <th>{t('agency')}</th>
          <th>{t('reportYear')}</th>
          <th>{t('published')}</th>
          <th>{t('figures')}</th>
          <th>{t('tags')}</th>
          <th>{t('libraryColCaptured')}</th>
        </tr>
      </thead>
      <tbody>
        {clips.map((c) => (
          <tr key={c.id}>
            <td>
              <input
                type="checkbox"
                aria-label={c.title}
                checked={selected.has(c.id)}
                onChange={() => {
                  const next = new Set(selected);
                  if (next.has(c.id)) next.delete(c.id);
                  else next.add(c.id);
                  onSelect(next);
                }}
              />
            </td>
            <td>
              <button type="button" class="link title" onClick={() => onOpen(c.id)}>
                {c.title}
              </button>
              {c.version > 1 && <span class="ver">v{c.version}</span>}
            </td>
            <td>{c.agency ?? '—'}</td>
            <td>{c.reportYear ?? '—'}</td>
            <td>{c.publishedAt ?? '—'}</td>
            <td class="num">{c.metrics.length}</td>
            <td>
              {c.tags.map((tag) => (
                <span class="chip" key={tag}>
                  {tag}
                </span>
              ))}
            </td>
            <td>{c.capturedAt.slice(0, 16).replace('T', ' ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
