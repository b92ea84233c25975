// The Club health tab (docs/contract.md "Club health"): each ambassador's activity against their workload, the
// community roles, the skills to grow and the intakes compared, as four parts of one view on the same analysis.
// The export button comes from the app (features do not import each other).
import { HEALTH_SECTIONS, type HealthSection } from '../../store/urlState';
import { useT, useUi } from '../../store/ui';
import type { MessageKey } from '../../i18n/i18n';
import { ActivitySection } from './ActivitySection';
import { GrowSection } from './GrowSection';
import { IntakesSection } from './IntakesSection';
import { RolesSection } from './RolesSection';
import type { SectionProps } from './sectionProps';

const SECTION_NAMES: Record<HealthSection, MessageKey> = {
  activity: 'health.section.activity',
  roles: 'health.section.roles',
  grow: 'health.section.grow',
  intakes: 'health.section.intakes',
};

export type { SectionProps };

export function HealthView({ ExportButton }: SectionProps) {
  const t = useT();
  const section = useUi((s) => s.healthSection);
  const setSection = useUi((s) => s.setHealthSection);
  return (
    <section className="health-view" aria-labelledby="health-title">
      <div className="view-toolbar">
        <h2 id="health-title">{t('health.title')}</h2>
        <nav className="segmented" aria-label={t('health.sections')}>
          {HEALTH_SECTIONS.map((s) => (
            <button key={s} type="button" aria-pressed={section === s} onClick={() => setSection(s)}>
              {t(SECTION_NAMES[s])}
            </button>
          ))}
        </nav>
      </div>
      {section === 'activity' ? (
        <ActivitySection ExportButton={ExportButton} />
      ) : section === 'roles' ? (
        <RolesSection ExportButton={ExportButton} />
      ) : section === 'grow' ? (
        <GrowSection ExportButton={ExportButton} />
      ) : (
        <IntakesSection ExportButton={ExportButton} />
      )}
    </section>
  );
}
