import type { MessageKey } from '../../i18n/i18n';
import { memberColours, statusColours, uniqueColour } from '../../graph/style';
import { useAnalysis } from '../../store/analysis';
import { useT } from '../../store/ui';

const STATUSES = ['gap', 'single_holder', 'covered'] as const;

export function Legend() {
  const t = useT();
  // Leavers are drawn apart only while someone is marked as leaving: the legend says so only then.
  const anyLeaver = useAnalysis().leaver.includes(1);
  return (
    <aside className="legend" aria-label={t('legend.title')}>
      <ul>
        {STATUSES.map((s) => (
          <li key={s}>
            <span className="swatch round" style={{ background: statusColours[s] }} aria-hidden="true" />
            {t(`status.${s}` as MessageKey)}
          </li>
        ))}
        <li>
          <span
            className="swatch diamond"
            style={{ background: memberColours.ambassador }}
            aria-hidden="true"
          />
          {t('legend.ambassador')}
        </li>
        <li>
          <span
            className="swatch diamond"
            style={{ background: memberColours.ambassador, outline: `2px solid ${uniqueColour}` }}
            aria-hidden="true"
          />
          {t('legend.unique')}
        </li>
        <li>
          <span
            className="swatch round small"
            style={{ background: memberColours.employee, border: '1px solid #7b8494' }}
            aria-hidden="true"
          />
          {t('legend.employee')}
        </li>
        <li>
          <span
            className="swatch round small hollow"
            style={{ borderColor: memberColours.alumni }}
            aria-hidden="true"
          />
          {t('legend.alumni')}
        </li>
        {anyLeaver && (
          <li>
            <span
              className="swatch diamond"
              style={{ background: 'transparent', outline: `2px dashed ${memberColours.ambassador}` }}
              aria-hidden="true"
            />
            {t('legend.leaving')}
          </li>
        )}
      </ul>
    </aside>
  );
}
