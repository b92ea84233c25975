import { useRef } from 'react';
import { useT } from '../../store/ui';
import { useImportFlow } from '../../store/importFlow';

/** The file input (several files at once), styled as a button; its accessible name is `Import CSV`. */
export function ImportButton() {
  const t = useT();
  const requestImport = useImportFlow((s) => s.requestImport);
  const busy = useImportFlow((s) => s.importing !== null);
  const input = useRef<HTMLInputElement>(null);
  return (
    <label className={busy ? 'button primary disabled' : 'button primary'} title={t('import.hint')}>
      <input
        ref={input}
        type="file"
        multiple
        className="visually-hidden"
        aria-label={t('import.button')}
        accept=".csv,.tsv,.txt,.xlsx,.ods,.zip,text/csv,text/plain,text/tab-separated-values"
        disabled={busy}
        onKeyDown={(e) => {
          // A file input opens its picker on Space only; people press Enter on a button.
          if (e.key === 'Enter') {
            e.preventDefault();
            input.current?.click();
          }
        }}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          // Reset so that picking the same file again still fires a change.
          e.target.value = '';
          requestImport(files);
        }}
      />
      {t('import.button')}
    </label>
  );
}
