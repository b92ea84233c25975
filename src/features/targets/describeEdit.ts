// The last edit in words, for the Undo button's description.
import type { WorkspaceEdit } from '../../domain/edits';
import { sameSkillValues } from '../../domain/skillValues';
import type { Workspace } from '../../domain/types';
import type { Translate } from '../../i18n/i18n';
import type { NumberFormat } from '../../store/ui';

/**
 * `before` and `after` are the workspaces the edit replaced and made. Names are read from `after`; a bulk edit
 * counts the skills whose values it changed (all it names when it only cleared their file values).
 */
export function describeEdit(
  edit: WorkspaceEdit,
  before: Workspace,
  after: Workspace,
  t: Translate,
  fmt: NumberFormat,
): string {
  const workspace = after;
  const skill = (key: string) => workspace.skills.find((s) => s.key === key)?.name ?? key;
  const member = (key: string) => workspace.members.find((m) => m.key === key)?.name ?? key;
  switch (edit.kind) {
    case 'setTarget':
      return t('edit.describe.setTarget', { skill: skill(edit.skillKey), value: edit.target });
    case 'setRequiredLevel':
      return t('edit.describe.setRequiredLevel', { skill: skill(edit.skillKey), value: edit.requiredLevel });
    case 'setWeight':
      return t('edit.describe.setWeight', { skill: skill(edit.skillKey), value: fmt.num(edit.weight) });
    case 'setSkillValues':
      return t('edit.describe.setSkillValues', { count: changedSkills(edit.skillKeys, before, after) });
    case 'resetSkills':
      return t(edit.to === 'file' ? 'edit.describe.resetFile' : 'edit.describe.resetDefaults', {
        count: changedSkills(edit.skillKeys, before, after),
      });
    case 'renameSkill':
    case 'renameMember':
      return t(`edit.describe.${edit.kind}`, { name: edit.name.trim() });
    case 'markLeaving':
    case 'unmarkLeaving':
    case 'pin':
    case 'unpin':
    case 'exclude':
    case 'include':
      return t(`edit.describe.${edit.kind}`, { name: member(edit.memberKey) });
    case 'setPlanSettings':
      return t('edit.describe.setPlanSettings');
    case 'pinCohort':
      return t('edit.describe.pinCohort', { count: edit.memberKeys.length });
    default:
      return t('edit.describe.other');
  }
}

function changedSkills(skillKeys: readonly string[], before: Workspace, after: Workspace): number {
  const keys = new Set(skillKeys);
  const old = new Map(before.skills.filter((s) => keys.has(s.key)).map((s) => [s.key, s]));
  const changed = after.skills.filter((s) => {
    const was = old.get(s.key);
    return was !== undefined && !sameSkillValues(was, s);
  }).length;
  return changed > 0 ? changed : keys.size;
}
