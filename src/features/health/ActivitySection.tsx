// Activity and workload (docs/contract.md "Activity against workload"): the counts per state and the club norm
// first, then every ambassador with their state and its reason, and the offboarding list. The states come from
// the store's one activity model (src/store/activity.ts); nothing here judges anyone.
import { useMemo, useState } from 'react';
import { ACTIVITY_STATES, offboardingList, type ActivityState } from '../../domain/activity';
import { memberRef } from '../../domain/entities';
import { ACTIVITY_CSV_WORDS, activityTable } from '../../io/activityCsv';
import { ACTIVITY_STATE_WORDS } from '../../components/activityState';
import type { MessageKey } from '../../i18n/i18n';
import { useActivity } from '../../store/activity';
import { useAnalysis } from '../../store/analysis';
import { useNumberFormat, useT, useUi } from '../../store/ui';
import { ActivityTable } from './ActivityTable';
import type { SectionProps } from './sectionProps';
import { OffboardingList } from './OffboardingList';
import { ThresholdEditor } from './ThresholdEditor';

const COUNT_WORDS: Record<ActivityState, MessageKey> = {
  overloaded: 'activity.count.overloaded',
  quiet: 'activity.count.quiet',
  steady: 'activity.count.steady',
  thriving: 'activity.count.thriving',
};

export function ActivitySection({ ExportButton }: SectionProps) {
  const t = useT();
  const fmt = useNumberFormat();
  const analysis = useAnalysis();
  const model = useActivity();
  const select = useUi((s) => s.select);
  const setTab = useUi((s) => s.setTab);
  const [shown, setShown] = useState<ActivityState | 'all'>('all');
  const offboarding = useMemo(() => offboardingList(analysis, model), [analysis, model]);
  const rows = useMemo(
    () => (shown === 'all' ? model.rows : model.rows.filter((r) => r.state === shown)),
    [model, shown],
  );
  // Like the matrix: a name opens the person on the map, with the side panel saying why.
  const openMember = (key: string) => {
    select(memberRef(key));
    setTab('map');
  };
  const exportButton = (
    <ExportButton
      label={t('activity.export')}
      fileName={t('csv.activityFileName')}
      disabled={model.rows.length === 0}
      table={(lang) => activityTable(analysis, model, ACTIVITY_CSV_WORDS[lang])}
    />
  );

  if (model.rows.length === 0)
    return (
      <section className="activity-section" aria-label={t('health.section.activity')}>
        <p className="activity-empty">{t('activity.noAmbassadors')}</p>
      </section>
    );

  const noActivity = analysis.workspace.members.every((m) => m.activity === null);
  const { thresholds } = model;
  return (
    <section className="activity-section" aria-label={t('health.section.activity')}>
      <div className="activity-answer">
        <p className="activity-summary">
          <strong>
            {ACTIVITY_STATES.map((s) => t(COUNT_WORDS[s], { count: model.counts[s] })).join(' · ')}
          </strong>
          {'. '}
          {model.normBasis === 0
            ? t('activity.noNorm')
            : t('activity.norm', { count: model.normBasis, norm: fmt.num(model.norm) })}
        </p>
        {exportButton}
      </div>
      {noActivity && (
        <p className="notice activity-no-column" role="note">
          {t('activity.noActivity')}
        </p>
      )}
      <p className="muted activity-formula">
        {t('activity.formula', {
          overloaded: fmt.num(thresholds.overloadedFrom),
          quiet: fmt.num(thresholds.quietBelow),
          thriving: fmt.num(thresholds.thrivingFrom),
        })}
      </p>
      <ThresholdEditor thresholds={thresholds} />
      <div className="segmented activity-filter" role="group" aria-label={t('activity.filter')}>
        <button type="button" aria-pressed={shown === 'all'} onClick={() => setShown('all')}>
          {t('activity.filter.all', { count: model.rows.length })}
        </button>
        {ACTIVITY_STATES.map((s) => (
          <button key={s} type="button" aria-pressed={shown === s} onClick={() => setShown(s)}>
            {t('activity.filter.state', { state: t(ACTIVITY_STATE_WORDS[s]), count: model.counts[s] })}
          </button>
        ))}
      </div>
      {rows.length === 0 ? (
        <p className="muted">{t('activity.noneInState')}</p>
      ) : (
        <ActivityTable key={shown} rows={rows} onOpenMember={openMember} />
      )}
      <OffboardingList entries={offboarding} onOpenMember={openMember} />
    </section>
  );
}
