import { useRef, useState, type RefObject } from 'react';
import { downloadBytes } from '../../components/download';
import { withCatalogue, type Lang } from '../../i18n/i18n';
import { toCsv, type CsvValue } from '../../io/csv';
import { csvBytes, csvMimeType, type CsvEncoding } from '../../io/csvBytes';
import { csvFormatFor, useT, useUi } from '../../store/ui';

const ENCODING_NAMES: Record<CsvEncoding, string> = { 'utf-8': 'UTF-8', 'windows-1251': 'Windows-1251' };

type CsvTable = { header: string[]; rows: CsvValue[][] };

export interface CsvDownload {
  /** The language the file's headers and words are written in (the CSV settings' header language). */
  lang: Lang;
  save: (fileName: string, table: CsvTable) => void;
  /** Characters the last saved file could not hold in its encoding (written as `?`). */
  replaced: { count: number; encoding: CsvEncoding } | null;
  /** Hides the notice of replaced characters (the file is already saved). */
  dismiss: () => void;
}

/** Writes a table as CSV in the person's CSV settings: header language, delimiter, encoding. */
export function useCsvDownload(): CsvDownload {
  const uiLang = useUi((s) => s.lang);
  const prefs = useUi((s) => s.csv);
  const [replaced, setReplaced] = useState<CsvDownload['replaced']>(null);
  const format = csvFormatFor(uiLang, prefs);
  const save: CsvDownload['save'] = (fileName, table) => {
    const encoded = csvBytes(toCsv(table.header, table.rows, format.options), format.encoding);
    downloadBytes(fileName, encoded.bytes, csvMimeType(format.encoding));
    setReplaced(encoded.replaced > 0 ? { count: encoded.replaced, encoding: format.encoding } : null);
  };
  return { lang: format.lang, save, replaced, dismiss: () => setReplaced(null) };
}

/**
 * Says what the last click did not write: characters the file could not hold, or no file at all. It floats below
 * its export button, out of the header's flow, so the toolbar neither splits nor grows; the live region is there
 * (empty) before it speaks, and the dismiss button sits outside it so that it is not read out with the notice.
 */
export function ExportNotice({
  text,
  onDismiss,
  exportButton,
}: {
  text: string | null;
  onDismiss: () => void;
  /** Where focus goes when the notice (and its dismiss button) goes. */
  exportButton: RefObject<HTMLButtonElement | null>;
}) {
  const t = useT();
  const dismiss = () => {
    onDismiss();
    exportButton.current?.focus();
  };
  return (
    <span className={text ? 'export-notice shown' : 'export-notice'}>
      <span role="status">{text}</span>
      {text && (
        <button
          type="button"
          className="export-notice-dismiss"
          onClick={dismiss}
          aria-label={t('export.replaced.dismiss')}
        >
          ×
        </button>
      )}
    </span>
  );
}

/**
 * An export button that writes `table(lang)` (the file's words in the CSV settings' header language) in the
 * person's CSV settings, with the notice of replaced characters below it. A table of null, known only at the click,
 * writes nothing and says `emptyNote` there instead.
 */
export function CsvExportButton({
  label,
  fileName,
  disabled,
  table,
  emptyNote,
}: {
  label: string;
  fileName: string;
  disabled: boolean;
  table: (lang: Lang) => CsvTable | null;
  /** Why a click wrote no file (its table turned out null). */
  emptyNote?: string;
}) {
  const t = useT();
  const csv = useCsvDownload();
  const button = useRef<HTMLButtonElement>(null);
  const [empty, setEmpty] = useState(false);
  const replaced = csv.replaced;
  const text = empty
    ? (emptyNote ?? null)
    : replaced &&
      t('export.replaced', { count: replaced.count, encoding: ENCODING_NAMES[replaced.encoding] });
  return (
    <span className="export-action">
      <button
        ref={button}
        type="button"
        className="button"
        onClick={() =>
          withCatalogue(csv.lang, () => {
            const written = table(csv.lang);
            setEmpty(written === null);
            if (written) csv.save(fileName, written);
          })
        }
        disabled={disabled}
      >
        {label}
      </button>
      <ExportNotice
        text={text}
        onDismiss={() => {
          setEmpty(false);
          csv.dismiss();
        }}
        exportButton={button}
      />
    </span>
  );
}
