import { useState } from 'react';
import { nameHolder, type EntityKind } from '../../domain/identityEdits';
import { cleanText } from '../../domain/normalise';
import type { MessageKey } from '../../i18n/i18n';
import { useT } from '../../store/ui';
import { useWorkspace } from '../../store/workspace';

/** The skill or person a name control (Rename, Merge into…) acts on, and its name now. */
export interface NameControlProps {
  kind: EntityKind;
  entityKey: string;
  name: string;
}

/**
 * Rename a skill or person in place: Enter applies, Escape cancels. The name the entity had is remembered, so
 * a later import under either spelling lands on it (docs/contract.md#aliases). A name another one has is
 * refused here with a pointer to Merge, before the store would show it as a problem.
 */
export function RenameControl({ kind, entityKey, name }: NameControlProps) {
  const t = useT();
  const apply = useWorkspace((s) => s.apply);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState('');
  const errorId = `rename-error-${kind}`;

  if (draft === null)
    return (
      <button type="button" className="button small" onClick={() => setDraft(name)}>
        {t('names.rename')}
      </button>
    );

  const cancel = () => {
    setDraft(null);
    setError('');
  };
  const submit = () => {
    const next = cleanText(draft);
    if (!next) return setError(t('edit.refused.empty_name'));
    const { workspace } = useWorkspace.getState();
    const holder = nameHolder(workspace, kind, entityKey, next);
    if (holder)
      return setError(
        t(kind === 'skill' ? 'names.taken.skill' : 'names.taken.member', { name: holder.name }),
      );
    const result = apply(
      kind === 'skill'
        ? { kind: 'renameSkill', skillKey: entityKey, name: next }
        : { kind: 'renameMember', memberKey: entityKey, name: next },
    );
    if (result.ok) cancel();
    else setError(t(`edit.refused.${result.reason}` as MessageKey));
  };
  return (
    <div className="name-edit">
      <label>
        {t('names.newName')}{' '}
        <input
          type="text"
          value={draft}
          autoFocus
          aria-invalid={error !== ''}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            setDraft(event.target.value);
            setError('');
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              submit();
            } else if (event.key === 'Escape') {
              event.stopPropagation();
              cancel();
            }
          }}
        />
      </label>{' '}
      <button type="button" className="button small" onClick={cancel}>
        {t('names.cancel')}
      </button>
      {error && (
        <p id={errorId} className="notice" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
