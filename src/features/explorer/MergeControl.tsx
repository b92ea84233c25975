import { useId, useMemo, useState } from 'react';
import { mergePreview } from '../../domain/identityEdits';
import { memberRef, skillRef } from '../../domain/entities';
import { normaliseIdentity } from '../../domain/normalise';
import type { Member, Skill } from '../../domain/types';
import { useT, useUi } from '../../store/ui';
import { useWorkspace } from '../../store/workspace';
import type { NameControlProps } from './RenameControl';

/** Suggestions shown at once while typing: enough to pick from, few enough for 20,000 people. */
const MAX_SUGGESTIONS = 50;

type Entity = Member | Skill;

/**
 * "Merge into…": this skill (person) becomes part of another one, chosen by name. Before anything changes the
 * control says what will happen — how many links move and how many people (skills) hold both, where the
 * higher level is kept — and the merge waits for the `Merge` button (docs/contract.md#aliases).
 */
export function MergeControl({ kind, entityKey, name }: NameControlProps) {
  const t = useT();
  const listId = useId();
  const workspace = useWorkspace((s) => s.workspace);
  const apply = useWorkspace((s) => s.apply);
  const select = useUi((s) => s.select);
  const [query, setQuery] = useState<string | null>(null);
  const open = query !== null;

  // Labelled once per opening (and per workspace), not per keystroke.
  const others = useMemo(() => {
    if (!open) return [];
    const list: readonly Entity[] = kind === 'skill' ? workspace.skills : workspace.members;
    return labelled(list.filter((e) => e.key !== entityKey));
  }, [open, kind, workspace, entityKey]);
  const typed = normaliseIdentity(query ?? '');
  const target = others.find((o) => normaliseIdentity(o.label) === typed);
  const suggestions = useMemo(
    () => others.filter((o) => normaliseIdentity(o.label).includes(typed)).slice(0, MAX_SUGGESTIONS),
    [others, typed],
  );
  const preview = useMemo(
    () => (target ? mergePreview(workspace, kind, entityKey, target.entity.key) : null),
    [workspace, kind, entityKey, target],
  );

  if (query === null)
    return (
      <button type="button" className="button small" onClick={() => setQuery('')}>
        {t('names.mergeInto')}
      </button>
    );

  const merge = () => {
    if (!target) return;
    const into = target.entity.key;
    const result = apply(
      kind === 'skill'
        ? { kind: 'mergeSkills', from: entityKey, into }
        : { kind: 'mergeMembers', from: entityKey, into },
    );
    if (!result.ok) return;
    setQuery(null);
    select(kind === 'skill' ? skillRef(into) : memberRef(into));
  };
  return (
    <div className="name-edit">
      <label>
        {t('names.mergeTarget')}{' '}
        <input
          type="text"
          list={listId}
          value={query}
          autoFocus
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              setQuery(null);
            }
          }}
        />
      </label>
      <datalist id={listId}>
        {suggestions.map((o) => (
          <option key={o.entity.key} value={o.label} />
        ))}
      </datalist>
      {target && preview ? (
        <p className="notice">
          {t('names.merge.summary', {
            from: name,
            into: target.entity.name,
            moved: t('names.merge.moved', { count: preview.moved }),
            both: t(kind === 'skill' ? 'names.merge.bothSkill' : 'names.merge.bothMember', {
              count: preview.both,
            }),
          })}
        </p>
      ) : (
        query.trim() !== '' && (
          <p className="muted">{t(kind === 'skill' ? 'names.merge.noSkill' : 'names.merge.noMember')}</p>
        )
      )}
      <button type="button" className="button small primary" disabled={!target} onClick={merge}>
        {t('names.merge')}
      </button>{' '}
      <button type="button" className="button small" onClick={() => setQuery(null)}>
        {t('names.cancel')}
      </button>
    </div>
  );
}

/**
 * Each entity with the text that picks it: its name, and for a name several share, the id (or department or
 * category) beside it, so that namesakes can be told apart.
 */
function labelled(list: readonly Entity[]): { entity: Entity; label: string }[] {
  const count = new Map<string, number>();
  for (const e of list) {
    const n = normaliseIdentity(e.name);
    count.set(n, (count.get(n) ?? 0) + 1);
  }
  return list.map((entity) => {
    if (count.get(normaliseIdentity(entity.name))! < 2) return { entity, label: entity.name };
    const detail =
      'memberId' in entity
        ? entity.memberId || entity.department || entity.key
        : entity.skillId || entity.category || entity.key;
    return { entity, label: `${entity.name} (${detail})` };
  });
}
