/**
 * Correct a clip's metadata (title, agency, report year, published date). Edited fields are
 * marked with what extraction said, and can be put back; the list, filters, charts, CSV and
 * citations use the corrected values, and re-saving the page keeps them.
 */
import { useState } from 'preact/hooks';
import { t } from '../../components/i18n';
import { type Clip, EDITABLE_FIELDS, type EditableField } from '../../storage/db';
import type { MetadataEdit } from '../../storage/queries';

const LABEL = {
  title: 'reportTitle',
  agency: 'agency',
  reportYear: 'reportYear',
  publishedAt: 'published',
} as const;

/** What a typed value means, or why it cannot be one. */
function parse(field: EditableField, raw: string): { value: string | number | null } | { error: string } {
  const v = raw.trim();
  if (field === 'title') return v ? { value: v } : { error: t('editErrTitle') };
  if (!v) return { value: null };
  if (field === 'reportYear') return /^(19|20)\d{2}$/.test(v) ? { value: Number(v) } : { error: t('editErrYear') };
  if (field === 'publishedAt') {
    const ok = /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));
    return ok ? { value: v } : { error: t('editErrDate') };
  }
  return { value: v };
}

/** The editor. */
export function MetadataEditor({ clip, onSave }: { clip: Clip; onSave(edit: MetadataEdit): Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<Record<EditableField, string>>(() => fieldsOf(clip));
  const [errors, setErrors] = useState<Partial<Record<EditableField, string>>>({});
  const edited = clip.edited ?? {};
  if (!open)
    return (
      <div class="md-view" data-testid="metadata">
        {EDITABLE_FIELDS.filter((k) => k in edited).length > 0 && (
          <p class="md-edited" data-testid="edited-fields">
            {t(
              'editedFields',
              EDITABLE_FIELDS.filter((k) => k in edited)
                .map((k) => t(LABEL[k]))
                .join('、'),
            )}
          </p>
        )}
        <button
          type="button"
          onClick={() => {
            setDraft(fieldsOf(clip));
            setOpen(true);
          }}
          data-testid="edit-metadata"
        >
          {t('editMetadata')}
        </button>
      </div>
    );
  return (
    <form
      class="md-form"
      data-testid="metadata-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const edit: MetadataEdit = {};
        const errs: Partial<Record<EditableField, string>> = {};
        for (const k of EDITABLE_FIELDS) {
          if (draft[k] === fieldsOf(clip)[k]) continue;
          const p = parse(k, draft[k]);
          if ('error' in p) errs[k] = p.error;
          else edit[k] = p.value;
        }
        setErrors(errs);
        if (Object.keys(errs).length) return;
        await onSave(edit);
        setOpen(false);
      }}
    >
      {EDITABLE_FIELDS.map((k) => (
        <label key={k}>
          {t(LABEL[k])}
          {k in edited && <small class="md-was">{t('editedWas', String(edited[k] ?? '—'))}</small>}
          <input
            name={k}
            value={draft[k]}
            inputMode={k === 'reportYear' ? 'numeric' : undefined}
            placeholder={k === 'publishedAt' ? 'YYYY-MM-DD' : undefined}
            aria-invalid={errors[k] ? 'true' : undefined}
            onInput={(e) => setDraft({ ...draft, [k]: (e.target as HTMLInputElement).value })}
            data-testid={`md-${k}`}
          />
          {errors[k] && <small class="md-error">{errors[k]}</small>}
          {k in edited && (
            <button
              type="button"
              class="link"
              onClick={() => setDraft({ ...draft, [k]: edited[k] === null ? '' : String(edited[k]) })}
            >
              {t('editUndo')}
            </button>
          )}
        </label>
      ))}
      <div class="md-actions">
        <button type="submit" class="primary" data-testid="md-save">
          {t('save')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

function fieldsOf(c: Clip): Record<EditableField, string> {
  return {
    title: c.title,
    agency: c.agency ?? '',
    reportYear: c.reportYear === null ? '' : String(c.reportYear),
    publishedAt: c.publishedAt ?? '',
  };
}
