import type { Member } from '../../domain/types';
import { useT } from '../../store/ui';
import { useWorkspace } from '../../store/workspace';

/**
 * "What if this ambassador leaves": while marked, they count neither towards coverage nor as a candidate, so the
 * map, the gap report and the cohort show the gaps their leaving opens. Saved with the workspace, undoable.
 */
export function LeavingToggle({ member }: { member: Member }) {
  const t = useT();
  const leaving = useWorkspace((s) => s.workspace.plan.leaving.includes(member.key));
  const apply = useWorkspace((s) => s.apply);
  if (member.status !== 'ambassador') return null;
  return (
    <label className="leaving-toggle">
      <input
        type="checkbox"
        checked={leaving}
        onChange={(event) =>
          apply({ kind: event.target.checked ? 'markLeaving' : 'unmarkLeaving', memberKey: member.key })
        }
      />{' '}
      {t('panel.markLeaving')}
    </label>
  );
}
