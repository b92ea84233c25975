import { useId, useState } from 'react';
import { validPlanSettings } from '../../domain/edits';
import { MAX_WORKLOAD } from '../../domain/score';
import type { MemberStatus, PlanSettings } from '../../domain/types';
import type { MessageKey } from '../../i18n/i18n';
import { useT } from '../../store/ui';
import { useWorkspace } from '../../store/workspace';

type NumberSetting = 'size' | 'maxPerDepartment' | 'maxPerLocation' | 'workloadCeiling';

/** The statuses a planner may pick, in the order the settings keep them. */
const PICKABLE: readonly MemberStatus[] = ['employee', 'alumni'];

/**
 * The planner's settings, stored in the workspace plan (saved, undone and shared like every edit): size, caps per
 * department and location, a workload ceiling, the eligible statuses, and the undo of the last edit.
 */
export function PlanControls() {
  const t = useT();
  const settings = useWorkspace((s) => s.workspace.plan.settings);
  const apply = useWorkspace((s) => s.apply);
  const undoEdit = useWorkspace((s) => s.undoEdit);
  const canUndo = useWorkspace((s) => s.undoStack.length > 0);
  const eligibleId = useId();
  const toggleStatus = (status: MemberStatus, on: boolean) => {
    const eligible = PICKABLE.filter((s) => (s === status ? on : settings.eligibleStatuses.includes(s)));
    apply({ kind: 'setPlanSettings', settings: { eligibleStatuses: eligible } });
  };
  return (
    <fieldset className="plan-controls">
      <legend>{t('cohort.constraints')}</legend>
      <SettingField name="size" label={t('cohort.size')} invalid={t('cohort.invalid.size')} />
      <SettingField
        name="maxPerDepartment"
        label={t('cohort.maxPerDepartment')}
        invalid={t('cohort.invalid.cap')}
        placeholder={t('cohort.noCap')}
      />
      <SettingField
        name="maxPerLocation"
        label={t('cohort.maxPerLocation')}
        invalid={t('cohort.invalid.cap')}
        placeholder={t('cohort.noCap')}
      />
      <SettingField
        name="workloadCeiling"
        label={t('cohort.workloadCeiling')}
        invalid={t('cohort.invalid.ceiling', { max: MAX_WORKLOAD })}
        placeholder={t('cohort.noCeiling')}
        max={MAX_WORKLOAD}
      />
      <span className="plan-statuses" role="group" aria-labelledby={eligibleId}>
        <span id={eligibleId}>{t('cohort.eligible')}</span>
        {PICKABLE.map((status) => (
          <label key={status}>
            <input
              type="checkbox"
              checked={settings.eligibleStatuses.includes(status)}
              onChange={(e) => toggleStatus(status, e.target.checked)}
            />{' '}
            {t(`cohort.status.${status}` as MessageKey)}
          </label>
        ))}
      </span>
      <button type="button" className="button small" disabled={!canUndo} onClick={() => undoEdit()}>
        {t('cohort.undo')}
      </button>
    </fieldset>
  );
}

interface SettingFieldProps {
  name: NumberSetting;
  label: string;
  /** What a value the planner refuses is told. */
  invalid: string;
  /** Shown while empty, for a setting whose empty field means "none". */
  placeholder?: string;
  max?: number;
}

/**
 * One number setting. The field keeps its own text, so it can be cleared and retyped: a valid value replans at
 * once, an emptied optional field means "none", a refused value keeps its text and gets a message beside it.
 */
function SettingField({ name, label, invalid, placeholder, max }: SettingFieldProps) {
  const value = useWorkspace((s) => s.workspace.plan.settings[name]);
  const apply = useWorkspace((s) => s.apply);
  const optional = placeholder !== undefined;
  const [draft, setDraft] = useState(() => textOf(value));
  const [wrong, setWrong] = useState(false);
  // Another change of the setting (undo, another tab, a restore) shows in the field unless it says the same.
  const [seen, setSeen] = useState(value);
  if (!Object.is(seen, value)) {
    setSeen(value);
    if (!Object.is(parse(draft, optional), value)) {
      setDraft(textOf(value));
      setWrong(false);
    }
  }
  const errorId = useId();
  return (
    <span className="plan-field">
      <label>
        {label}{' '}
        <input
          type="number"
          min={name === 'workloadCeiling' ? 0 : 1}
          max={max}
          step={name === 'workloadCeiling' ? 'any' : 1}
          value={draft}
          placeholder={placeholder}
          aria-invalid={wrong || undefined}
          aria-describedby={wrong ? errorId : undefined}
          onChange={(e) => {
            const text = e.target.value;
            setDraft(text);
            const parsed = e.target.validity.badInput ? undefined : parse(text, optional);
            // An emptied size is being retyped: neither applied nor an error until it says something.
            if (parsed === undefined && text.trim() === '' && !e.target.validity.badInput) {
              setWrong(false);
              return;
            }
            const settings: Partial<Record<keyof PlanSettings, unknown>> = { [name]: parsed };
            const ok = parsed !== undefined && name in validPlanSettings(settings);
            setWrong(!ok);
            if (ok) apply({ kind: 'setPlanSettings', settings: { [name]: parsed } });
          }}
          onBlur={() => {
            if (!wrong) setDraft(textOf(useWorkspace.getState().workspace.plan.settings[name]));
          }}
        />
      </label>
      {wrong && (
        <span id={errorId} className="field-error" role="alert">
          {invalid}
        </span>
      )}
    </span>
  );
}

function textOf(value: number | null): string {
  return value === null ? '' : String(value);
}

/** The field's text as a setting: null for an empty optional field, undefined for what is not a number. */
function parse(text: string, optional: boolean): number | null | undefined {
  if (text.trim() === '') return optional ? null : undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}
