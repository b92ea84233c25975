// A role's target edited in place, as the targets editor edits a skill's: applied when committed (Enter or leaving
// the field), so typing "12" is one edit and one undo step; a value a role cannot have stays in the field with the
// reason and is not applied; Escape puts the role's target back.
import { useId, useState, type KeyboardEvent } from 'react';
import { validRoleTarget } from '../../domain/clubValues';
import type { EditResult, WorkspaceEdit } from '../../domain/edits';
import type { MessageKey, Translate } from '../../i18n/i18n';
import { parseNumber } from '../../io/values';

/** The target typed, or null when it is not a whole number from 0 to the maximum (a file's "%" is no target). */
export function readRoleTarget(text: string): number | null {
  if (text.includes('%')) return null;
  const parsed = parseNumber(text);
  return parsed.ok && validRoleTarget(parsed.value) ? parsed.value : null;
}

export interface RoleTargetInputProps {
  roleKey: string;
  roleLabel: string;
  target: number;
  apply: (edit: WorkspaceEdit) => EditResult;
  t: Translate;
}

export function RoleTargetInput({ roleKey, roleLabel, target, apply, t }: RoleTargetInputProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<MessageKey | null>(null);

  const commit = () => {
    if (draft === null) return;
    const read = readRoleTarget(draft);
    if (read === null) {
      setRefusal('edit.refused.invalid_role_target');
      return;
    }
    if (read !== target) {
      const result = apply({ kind: 'setRoleTarget', role: roleKey, target: read });
      if (!result.ok) {
        setRefusal(`edit.refused.${result.reason}` as MessageKey);
        return;
      }
    }
    setDraft(null);
    setRefusal(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
    else if (e.key === 'Escape') {
      setDraft(null);
      setRefusal(null);
    }
  };
  return (
    <>
      <input
        type="text"
        inputMode="numeric"
        className="value-input"
        size={3}
        aria-label={t('roles.input.target', { role: roleLabel })}
        aria-invalid={refusal !== null}
        aria-describedby={refusal ? `${id}-error` : undefined}
        value={draft ?? String(target)}
        onChange={(e) => {
          setDraft(e.target.value);
          setRefusal(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
      {refusal && (
        <span id={`${id}-error`} className="cell-error" role="alert">
          {t(refusal)}
        </span>
      )}
    </>
  );
}
