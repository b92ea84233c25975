import { useId, useState } from 'react';
import type { WorkspaceEdit } from '../../domain/edits';
import type { Skill, SkillValues } from '../../domain/types';
import type { MessageKey } from '../../i18n/i18n';
import { useT } from '../../store/ui';
import { INVALID_MESSAGE, readSkillValue, type ValueField } from './valueText';

const FIELDS: { field: ValueField; label: MessageKey }[] = [
  { field: 'target', label: 'targets.bulk.target' },
  { field: 'requiredLevel', label: 'targets.bulk.requiredLevel' },
  { field: 'weight', label: 'targets.bulk.weight' },
];
const EMPTY: Record<ValueField, string> = { target: '', requiredLevel: '', weight: '' };

interface BulkControlsProps {
  /** The skills shown (the chosen category, or all): what setting and resetting apply to. */
  skills: Skill[];
  /** How many of them were edited (have file values to go back to). */
  edited: number;
  /** How many are not at the defaults already. */
  offDefaults: number;
  apply: (edit: WorkspaceEdit) => unknown;
}

/** Sets target, level or weight for every skill shown in one edit (one undo step), or resets them. */
export function BulkControls({ skills, edited, offDefaults, apply }: BulkControlsProps) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(EMPTY);
  const [tried, setTried] = useState(false);
  const keys = () => skills.map((s) => s.key);

  const values: Partial<SkillValues> = {};
  const invalid = new Set<ValueField>();
  for (const { field } of FIELDS) {
    if (!text[field].trim()) continue;
    const read = readSkillValue(field, text[field]);
    if (read === null) invalid.add(field);
    else values[field] = read;
  }
  const nothing = Object.keys(values).length === 0 && invalid.size === 0;

  const set = () => {
    setTried(true);
    if (invalid.size > 0 || nothing) return;
    apply({ kind: 'setSkillValues', skillKeys: keys(), values });
    setText(EMPTY);
    setTried(false);
  };

  return (
    <fieldset className="targets-bulk">
      <legend>{t('targets.bulk.title')}</legend>
      {FIELDS.map(({ field, label }) => {
        const bad = tried && invalid.has(field);
        return (
          <label key={field}>
            {t(label)}{' '}
            <input
              type="text"
              inputMode={field === 'weight' ? 'decimal' : 'numeric'}
              size={4}
              value={text[field]}
              aria-invalid={bad}
              aria-describedby={bad ? `${id}-${field}` : undefined}
              onChange={(e) => setText({ ...text, [field]: e.target.value })}
              onKeyDown={(e) => {
                if (e.key === 'Enter') set();
                else if (e.key === 'Escape') setText({ ...text, [field]: '' });
              }}
            />
            {bad && (
              <span id={`${id}-${field}`} className="cell-error" role="alert">
                {t(INVALID_MESSAGE[field])}
              </span>
            )}
          </label>
        );
      })}
      <button type="button" className="button" disabled={skills.length === 0} onClick={set}>
        {t('targets.bulk.apply', { count: skills.length })}
      </button>
      {tried && nothing && (
        <span className="cell-error" role="alert">
          {t('targets.bulk.nothing')}
        </span>
      )}
      <span className="targets-resets">
        <button
          type="button"
          className="button"
          disabled={edited === 0}
          onClick={() => apply({ kind: 'resetSkills', skillKeys: keys(), to: 'file' })}
        >
          {t('targets.resetFile')}
        </button>
        <button
          type="button"
          className="button"
          disabled={offDefaults === 0}
          onClick={() => apply({ kind: 'resetSkills', skillKeys: keys(), to: 'defaults' })}
        >
          {t('targets.resetDefaults')}
        </button>
      </span>
    </fieldset>
  );
}
