import { useState } from 'react';
import { downloadBytes } from '../../components/download';
import type { Lang } from '../../i18n/i18n';
import { toCsv, type CsvValue } from '../../io/csv';
import { csvBytes, csvMimeType, type CsvEncoding } from '../../io/csvBytes';
import { csvFormatFor, useT, useUi } from '../../store/ui';

const ENCODING_NAMES: Record<CsvEncoding, string> = { 'utf-8': 'UTF-8', 'windows-1251': 'Windows-1251' };

export interface CsvDownload {
  /** The language the file's headers and words are written in (the CSV settings' header language). */
  lang: Lang;
  save: (fileName: string, table: { header: string[]; rows: CsvValue[][] }) => void;
  /** Characters the last saved file could not hold in its encoding (written as `?`). */
  replaced: { count: number; encoding: CsvEncoding } | null;
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
  return { lang: format.lang, save, replaced };
}

/** Says how many characters the last file could not hold; the live region is there before it speaks. */
export function ReplacedNotice({ replaced }: { replaced: CsvDownload['replaced'] }) {
  const t = useT();
  return (
    <span role="status" className="export-notice">
      {replaced &&
        t('export.replaced', { count: replaced.count, encoding: ENCODING_NAMES[replaced.encoding] })}
    </span>
  );
}
