import type { CsvValue } from '../io/csv';
import type { Lang } from '../i18n/i18n';

/**
 * What the app's CSV export button takes: a view draws the button it is given (features do not import each
 * other), so both files go out in the person's CSV settings with the same notice of replaced characters.
 */
export interface ExportButtonProps {
  label: string;
  fileName: string;
  disabled: boolean;
  /** The table in a language: the CSV settings' header language. */
  table: (lang: Lang) => { header: string[]; rows: CsvValue[][] };
}
