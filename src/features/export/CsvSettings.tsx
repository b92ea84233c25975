import type { Delimiter } from '../../io/delimiter';
import type { MessageKey } from '../../i18n/i18n';
import { useT, useUi } from '../../store/ui';

const DELIMITERS: (Delimiter | 'auto')[] = ['auto', ',', ';', '\t'];
const SHOWN: Record<string, MessageKey | string> = {
  auto: 'export.delimiter.auto',
  ',': ',',
  ';': ';',
  '\t': 'export.delimiter.tab',
};

/** Delimiter and BOM for every CSV the app writes (defaults follow the UI language). */
export function CsvSettings() {
  const t = useT();
  const csv = useUi((s) => s.csv);
  const setCsv = useUi((s) => s.setCsv);
  return (
    <details className="csv-settings">
      <summary>{t('export.settings')}</summary>
      <label>
        {t('export.delimiter')}{' '}
        <select
          value={csv.delimiter}
          onChange={(e) => setCsv({ delimiter: e.target.value as Delimiter | 'auto' })}
        >
          {DELIMITERS.map((d) => (
            <option key={d} value={d}>
              {SHOWN[d].startsWith('export.') ? t(SHOWN[d] as MessageKey) : SHOWN[d]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={csv.bom} onChange={(e) => setCsv({ bom: e.target.checked })} />{' '}
        {t('export.bom')}
      </label>
    </details>
  );
}
