import { rankedCandidates, scoreOf, type SkillCoverage } from '../../domain/analysis';
import { skillRef } from '../../domain/entities';
import type { MessageKey } from '../../i18n/i18n';
import { useAnalysis } from '../../store/analysis';
import { useNumberFormat, useT, useUi } from '../../store/ui';
import { MergeControl } from './MergeControl';
import { PersonList } from './PersonList';
import { RenameControl } from './RenameControl';

export function SkillDetails({ entry }: { entry: SkillCoverage }) {
  const t = useT();
  const analysis = useAnalysis();
  const focus = useUi((s) => s.focus);
  const fmt = useNumberFormat();
  const { skill } = entry;
  const candidates = rankedCandidates(analysis, entry);
  return (
    <div className="details">
      <h2 tabIndex={-1}>{skill.name}</h2>
      <p>
        <span className={`badge badge-${entry.status}`}>{t(`status.${entry.status}` as MessageKey)}</span>{' '}
        <span className="muted">{skill.category || t('category.uncategorised')}</span>
      </p>
      <dl className="facts numbers">
        <dt>{t('panel.coverage')}</dt>
        <dd>{entry.coverage}</dd>
        <dt>{t('panel.target')}</dt>
        <dd>{skill.target}</dd>
        <dt>{t('panel.gap')}</dt>
        <dd>{entry.gap}</dd>
        <dt>{t('panel.requiredLevel')}</dt>
        <dd>{skill.requiredLevel}</dd>
        <dt>{t('panel.weight')}</dt>
        <dd>{fmt.num(skill.weight)}</dd>
      </dl>
      <button type="button" className="button small" onClick={() => focus(skillRef(skill.key))}>
        {t('panel.focus')}
      </button>
      <RenameControl key={`r${skill.key}`} kind="skill" entityKey={skill.key} name={skill.name} />
      <MergeControl key={`m${skill.key}`} kind="skill" entityKey={skill.key} name={skill.name} />
      <h3>{t('panel.holders')}</h3>
      {entry.holders.length ? (
        <PersonList people={entry.holders} />
      ) : (
        <p className="muted">{t('panel.noHolders')}</p>
      )}
      <h3>
        {t('panel.candidates')} ({candidates.length})
      </h3>
      {candidates.length ? (
        <PersonList people={candidates} score={(key) => scoreOf(analysis, key)} />
      ) : (
        <p className="muted">{t('panel.noCandidates')}</p>
      )}
    </div>
  );
}
