import { usePopover } from '../../components/usePopover';
import type { Delimiter } from '../../io/delimiter';
import { CSV_ENCODINGS, type CsvEncoding } from '../../io/csvBytes';
import type { MessageKey } from '../../i18n/i18n';
import { HEADER_LANG_CHOICES, useT, useUi, type HeaderLangChoice } from '../../store/ui';

const DELIMITERS: (Delimiter | 'auto')[] = ['auto', ',', ';', '\t'];
const SHOWN: Record<string, MessageKey | string> = {
  auto: 'export.delimiter.auto',
  ',': ',',
  ';': ';',
  '\t': 'export.delimiter.tab',
};

/**
 * Header language, delimiter, encoding and BOM for the CSV the app writes (defaults follow the UI language).
 * Windows-1251 has no BOM, so the checkbox is off while it is chosen.
 *
 * A disclosure button with a panel floating below it: opened inside the header's flow it made the header taller
 * and squeezed the map. Escape closes it and gives focus back to the button; a click or focus elsewhere closes it.
 */
export function CsvSettings() {
  const t = useT();
  const { open, panelId, rootProps, buttonProps } = usePopover();

  return (
    <div className="csv-settings" {...rootProps}>
      <button className="csv-settings-toggle" {...buttonProps}>
        {t('export.settings')}
      </button>
      <div
        id={panelId}
        className="csv-settings-panel"
        role="group"
        aria-label={t('export.settings.label')}
        hidden={!open}
      >
        {open && <CsvSettingsFields />}
      </div>
    </div>
  );
}

function CsvSettingsFields() {
  const t = useT();
  const csv = useUi((s) => s.csv);
  const setCsv = useUi((s) => s.setCsv);
  const utf8 = csv.encoding === 'utf-8';
  return (
    <>
      <label>
        {t('export.headerLang')}{' '}
        <select
          value={csv.headerLang}
          onChange={(e) => setCsv({ headerLang: e.target.value as HeaderLangChoice })}
        >
          {HEADER_LANG_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t(`export.headerLang.${choice}`)}
            </option>
          ))}
        </select>
      </label>
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
        {t('export.encoding')}{' '}
        <select value={csv.encoding} onChange={(e) => setCsv({ encoding: e.target.value as CsvEncoding })}>
          {CSV_ENCODINGS.map((encoding) => (
            <option key={encoding} value={encoding}>
              {t(`export.encoding.${encoding}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={utf8 && csv.bom}
          disabled={!utf8}
          onChange={(e) => setCsv({ bom: e.target.checked })}
        />{' '}
        {t('export.bom')}
      </label>
      {!utf8 && <p className="muted">{t('export.encoding.workspaceNote')}</p>}
    </>
  );
}
