/**
 * The versions of a clip's page: when each was saved and its content hash; what changed between
 * an older one and the current (text diff, changed figures called out); restore an older one
 * (the current becomes a version: nothing is lost).
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../components/i18n';
import { compareVersions, type VersionDiff } from '../../export/versions';
import { type Clip, type ClipVersion, db } from '../../storage/db';
import { listVersions, restoreVersion } from '../../storage/queries';

const when = (iso: string) => iso.replace('T', ' ').slice(0, 16);

/** The list of versions, in the clip view's side column. */
export function VersionsPanel({
  clip,
  onCompare,
  onRestored,
}: {
  clip: Clip;
  onCompare(diff: { version: ClipVersion; diff: VersionDiff } | null): void;
  onRestored(): void;
}) {
  const [versions, setVersions] = useState<ClipVersion[] | null>(null);
  const [comparing, setComparing] = useState<number | null>(null);
  useEffect(() => {
    listVersions(db(), clip.id).then(setVersions);
  }, [clip.id, clip.version]);
  if (!versions?.length) return null;
  return (
    <section class="versions" data-testid="versions">
      <h2>{t('versionsTitle', versions.length + 1)}</h2>
      <ul>
        <li class="current">
          <b>{t('versionN', clip.version)}</b> · {when(clip.capturedAt)} · <code>{clip.contentHash.slice(0, 8)}</code>{' '}
          <small>({t('versionCurrent')})</small>
        </li>
        {versions.map((v) => (
          <li key={v.id} data-testid="version">
            <b>{t('versionN', v.version)}</b> · {when(v.snapshot.capturedAt)} ·{' '}
            <code>{v.snapshot.contentHash.slice(0, 8)}</code>
            <span class="v-actions">
              <button
                type="button"
                class={comparing === v.id ? 'on' : ''}
                aria-pressed={comparing === v.id}
                onClick={() => {
                  const on = comparing !== v.id;
                  setComparing(on ? (v.id ?? null) : null);
                  onCompare(on ? { version: v, diff: compareVersions(v.snapshot, clip) } : null);
                }}
                data-testid="compare"
              >
                {t('versionCompare')}
              </button>
              <button
                type="button"
                onClick={async () => {
                  if (v.id === undefined) return;
                  await restoreVersion(db(), clip.id, v.id);
                  setComparing(null);
                  onCompare(null);
                  onRestored();
                }}
                data-testid="restore"
              >
                {t('versionRestore')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What changed from an older version to the current: figures first, then the text. */
export function VersionDiffView({
  version,
  diff,
  current,
}: {
  version: ClipVersion;
  diff: VersionDiff;
  current: Clip;
}) {
  return (
    <div class="vdiff" data-testid="version-diff">
      <p class="cv-meta">{t('versionDiffTitle', version.version, current.version)}</p>
      {diff.figures.length > 0 ? (
        <table class="vfig">
          <caption>{t('versionFiguresChanged', diff.figures.length)}</caption>
          <thead>
            <tr>
              <th>{t('colMeasures')}</th>
              <th>{t('versionN', version.version)}</th>
              <th>{t('versionN', current.version)}</th>
            </tr>
          </thead>
          <tbody>
            {diff.figures.map((f, i) => (
              <tr key={`${f.label}${i}`} data-testid="figure-change">
                <td>{f.label}</td>
                <td>{f.before ?? '—'}</td>
                <td>{f.after ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">{t('versionNoFigureChange')}</p>
      )}
      {diff.same ? (
        <p class="muted">{t('versionSameText')}</p>
      ) : (
        <div class="vtext">
          {diff.parts.map((p, i) =>
            p.added ? (
              <ins key={i}>{p.value}</ins>
            ) : p.removed ? (
              <del key={i}>{p.value}</del>
            ) : (
              <span key={i}>{p.value}</span>
            ),
          )}
        </div>
      )}
    </div>
  );
}
