/** Put the selected clips into a collection (a research project), new or existing. */
import { useState } from 'preact/hooks';
import { t } from '../../components/i18n';

export function CollectionAdd({ known, onAdd }: { known: string[]; onAdd(name: string): Promise<void> }) {
  const [name, setName] = useState('');
  return (
    <form
      class="coll-add"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!name.trim()) return;
        await onAdd(name.trim());
        setName('');
      }}
    >
      <input
        aria-label={t('collectionName')}
        placeholder={t('collectionName')}
        list="collections-known"
        value={name}
        onInput={(e) => setName((e.target as HTMLInputElement).value)}
        data-testid="collection-name"
      />
      <datalist id="collections-known">
        {known.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <button type="submit" data-testid="collection-add">
        {t('addToCollection')}
      </button>
    </form>
  );
}
