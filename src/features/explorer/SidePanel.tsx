import { useAnalysis } from '../../store/analysis';
import { useT, useUi } from '../../store/ui';
import { MemberDetails } from './MemberDetails';
import { SkillDetails } from './SkillDetails';

/** Details of the selected skill or person. */
export function SidePanel() {
  const t = useT();
  const analysis = useAnalysis();
  const selected = useUi((s) => s.selected);
  const select = useUi((s) => s.select);
  const skill = selected?.kind === 'skill' ? analysis.bySkill.get(selected.key) : undefined;
  const member = selected?.kind === 'member' ? analysis.memberByKey.get(selected.key) : undefined;
  return (
    <aside className="side-panel" aria-label={skill?.skill.name ?? member?.name ?? t('panel.empty')}>
      {skill || member ? (
        <button type="button" className="close" aria-label={t('panel.close')} onClick={() => select(null)}>
          ×
        </button>
      ) : null}
      {skill ? (
        <SkillDetails entry={skill} />
      ) : member ? (
        <MemberDetails member={member} />
      ) : (
        <p className="muted">{t('panel.empty')}</p>
      )}
    </aside>
  );
}
