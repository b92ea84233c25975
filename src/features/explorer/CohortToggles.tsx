import type { Member } from '../../domain/types';
import { useT } from '../../store/ui';
import { useWorkspace } from '../../store/workspace';

/**
 * Pin a candidate to the next cohort (always in, placed first) or exclude them from it (never in); the two are
 * exclusive, as the edits make them. Ambassadors are in the club already: nothing to show.
 */
export function CohortToggles({ member }: { member: Member }) {
  const t = useT();
  const pinned = useWorkspace((s) => s.workspace.plan.pinned.includes(member.key));
  const excluded = useWorkspace((s) => s.workspace.plan.excluded.includes(member.key));
  const apply = useWorkspace((s) => s.apply);
  if (member.status === 'ambassador') return null;
  const memberKey = member.key;
  return (
    <p className="cohort-toggles">
      <label>
        <input
          type="checkbox"
          checked={pinned}
          onChange={(e) => apply({ kind: e.target.checked ? 'pin' : 'unpin', memberKey })}
        />{' '}
        {t('panel.pinToCohort')}
      </label>{' '}
      <label>
        <input
          type="checkbox"
          checked={excluded}
          onChange={(e) => apply({ kind: e.target.checked ? 'exclude' : 'include', memberKey })}
        />{' '}
        {t('panel.excludeFromCohort')}
      </label>
    </p>
  );
}
