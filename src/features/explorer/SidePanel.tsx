import { parseNodeId } from '../../graph/elements';
import { useAnalysis } from '../../store/analysis';
import { useT, useUi } from '../../store/ui';
import { MemberDetails } from './MemberDetails';
import { SkillDetails } from './SkillDetails';

/** Details of the selected skill or person. */
export function SidePanel() {
  const t = useT();
  const analysis = useAnalysis();
  const selectedId = useUi((s) => s.selectedId);
  const select = useUi((s) => s.select);
  const parsed = selectedId ? parseNodeId(selectedId) : null;
  const skill = parsed?.kind === 'skill' ? analysis.bySkill.get(parsed.key) : undefined;
  const member = parsed?.kind === 'member' ? analysis.memberByKey.get(parsed.key) : undefined;
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
