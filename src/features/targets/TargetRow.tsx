import { memo, useId, useState, type KeyboardEvent } from 'react';
import type { WorkspaceEdit } from '../../domain/edits';
import type { Skill, SkillBaseline, SkillStatus } from '../../domain/types';
import type { MessageKey, Translate } from '../../i18n/i18n';
import type { NumberFormat } from '../../store/ui';
import { INVALID_MESSAGE, readSkillValue, type ValueField } from './valueText';

const FIELD_EDIT = {
  target: (skillKey: string, target: number): WorkspaceEdit => ({ kind: 'setTarget', skillKey, target }),
  requiredLevel: (skillKey: string, requiredLevel: number): WorkspaceEdit => ({
    kind: 'setRequiredLevel',
    skillKey,
    requiredLevel,
  }),
  weight: (skillKey: string, weight: number): WorkspaceEdit => ({ kind: 'setWeight', skillKey, weight }),
} satisfies Record<ValueField, (skillKey: string, value: number) => WorkspaceEdit>;

const INPUT_NAME: Record<ValueField, MessageKey> = {
  target: 'targets.input.target',
  requiredLevel: 'targets.input.requiredLevel',
  weight: 'targets.input.weight',
};

export interface TargetRowProps {
  skill: Skill;
  /** The values before the skill's first edit; undefined when it was never edited. */
  baseline: SkillBaseline | undefined;
  categoryName: string;
  holders: number;
  gap: number;
  status: SkillStatus;
  atDefaults: boolean;
  apply: (edit: WorkspaceEdit) => unknown;
  t: Translate;
  fmt: NumberFormat;
}

/**
 * One skill. Memoised: its props are the skill object (shared by every edit that does not touch it) and plain
 * numbers, so an edit re-renders only the rows it changed.
 */
export const TargetRow = memo(function TargetRow(props: TargetRowProps) {
  const { skill, baseline, categoryName, holders, gap, status, atDefaults, apply, t } = props;
  const cell = (field: ValueField) => (
    <td className="num">
      <ValueInput field={field} {...props} />
    </td>
  );
  return (
    <tr className={`row-${status}`}>
      <th scope="row">{skill.name}</th>
      <td>{categoryName}</td>
      <td className="num">{holders}</td>
      {cell('target')}
      {cell('requiredLevel')}
      {cell('weight')}
      <td className="num">{gap}</td>
      <td>
        <span className={`badge badge-${status}`}>{t(`status.${status}` as MessageKey)}</span>
      </td>
      <td className="row-actions">
        <button
          type="button"
          className="link"
          disabled={!baseline}
          aria-label={t('targets.row.resetFileName', { skill: skill.name })}
          onClick={() => apply({ kind: 'resetSkills', skillKeys: [skill.key], to: 'file' })}
        >
          {t('targets.row.resetFile')}
        </button>{' '}
        <button
          type="button"
          className="link"
          disabled={atDefaults}
          aria-label={t('targets.row.resetDefaultsName', { skill: skill.name })}
          onClick={() => apply({ kind: 'resetSkills', skillKeys: [skill.key], to: 'defaults' })}
        >
          {t('targets.row.resetDefaults')}
        </button>
      </td>
    </tr>
  );
});

/**
 * A value applied when it is committed (Enter or leaving the field), not on every keystroke: typing "12" is one
 * edit and one undo step, not two, and the analysis runs once. A value the skill cannot have stays in the field
 * with a message and is not applied; Escape puts the skill's value back.
 */
function ValueInput({ field, skill, baseline, apply, t, fmt }: TargetRowProps & { field: ValueField }) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const value = skill[field];
  const shown = (n: number) => (field === 'weight' ? fmt.num(n) : String(n));
  const edited = baseline !== undefined && baseline[field] !== value;

  const commit = () => {
    if (draft === null) return;
    const read = readSkillValue(field, draft);
    if (read === null) {
      setInvalid(true);
      return;
    }
    setDraft(null);
    setInvalid(false);
    if (read !== value) apply(FIELD_EDIT[field](skill.key, read));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
    else if (e.key === 'Escape') {
      setDraft(null);
      setInvalid(false);
    }
  };
  return (
    <>
      <input
        type="text"
        inputMode={field === 'weight' ? 'decimal' : 'numeric'}
        className={edited ? 'value-input edited' : 'value-input'}
        size={4}
        aria-label={t(INPUT_NAME[field], { skill: skill.name })}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
        title={edited ? t('targets.edited', { value: shown(baseline[field]) }) : undefined}
        value={draft ?? shown(value)}
        onChange={(e) => {
          setDraft(e.target.value);
          setInvalid(false);
        }}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
      {invalid && (
        <span id={`${id}-error`} className="cell-error" role="alert">
          {t(INVALID_MESSAGE[field])}
        </span>
      )}
    </>
  );
}
