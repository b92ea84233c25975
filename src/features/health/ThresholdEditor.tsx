// Where the activity states change, edited in place: each value applied when committed (Enter or leaving the
// field) as one `setActivityThresholds` edit, so it is one undo step and the states follow at once. A value the
// thresholds cannot take stays in its field with the reason and is not applied; Escape puts the value back.
import { useId, useState, type KeyboardEvent } from 'react';
import { THRESHOLD_NAMES, validActivityThresholds, validThreshold } from '../../domain/clubValues';
import { DEFAULT_ACTIVITY_THRESHOLDS, type ActivityThresholds } from '../../domain/types';
import type { MessageKey, Translate } from '../../i18n/i18n';
import { parseNumber } from '../../io/values';
import type { NumberFormat } from '../../store/ui';
import { useT, useNumberFormat } from '../../store/ui';
import { useWorkspace } from '../../store/workspace';

type Name = keyof ActivityThresholds;

const LABEL: Record<Name, MessageKey> = {
  overloadedFrom: 'activity.thresholds.overloadedFrom',
  quietBelow: 'activity.thresholds.quietBelow',
  thrivingFrom: 'activity.thresholds.thrivingFrom',
};
const INVALID: Record<Name, MessageKey> = {
  overloadedFrom: 'activity.thresholds.invalid.overloadedFrom',
  quietBelow: 'activity.thresholds.invalid.quietBelow',
  thrivingFrom: 'activity.thresholds.invalid.thrivingFrom',
};

export function ThresholdEditor({ thresholds }: { thresholds: ActivityThresholds }) {
  const t = useT();
  const fmt = useNumberFormat();
  const apply = useWorkspace((s) => s.apply);
  const atDefaults = THRESHOLD_NAMES.every((n) => thresholds[n] === DEFAULT_ACTIVITY_THRESHOLDS[n]);
  return (
    <fieldset className="activity-thresholds">
      <legend>{t('activity.thresholds.title')}</legend>
      {THRESHOLD_NAMES.map((name) => (
        <ThresholdInput
          // a new value from elsewhere (undo, another tab) replaces what is being typed
          key={`${name}:${thresholds[name]}`}
          name={name}
          thresholds={thresholds}
          apply={(value) => apply({ kind: 'setActivityThresholds', thresholds: { [name]: value } })}
          t={t}
          fmt={fmt}
        />
      ))}
      <button
        type="button"
        className="button small"
        disabled={atDefaults}
        onClick={() =>
          apply({ kind: 'setActivityThresholds', thresholds: { ...DEFAULT_ACTIVITY_THRESHOLDS } })
        }
      >
        {t('activity.thresholds.reset')}
      </button>
    </fieldset>
  );
}

function ThresholdInput({
  name,
  thresholds,
  apply,
  t,
  fmt,
}: {
  name: Name;
  thresholds: ActivityThresholds;
  apply: (value: number) => unknown;
  t: Translate;
  fmt: NumberFormat;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const value = thresholds[name];

  const commit = () => {
    if (draft === null) return;
    const parsed = parseNumber(draft);
    if (!parsed.ok || !validThreshold(name, parsed.value)) return setProblem(INVALID[name]);
    // each value may be fine alone and still not fit the others: quiet below must stay under thriving from
    if (!validActivityThresholds({ ...thresholds, [name]: parsed.value }))
      return setProblem('edit.refused.invalid_thresholds');
    setDraft(null);
    setProblem(null);
    if (parsed.value !== value) apply(parsed.value);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
    else if (e.key === 'Escape') {
      setDraft(null);
      setProblem(null);
    }
  };
  return (
    <span className="activity-threshold">
      <label htmlFor={id}>{t(LABEL[name])}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        className="value-input"
        size={4}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-error` : undefined}
        value={draft ?? fmt.num(value)}
        onChange={(e) => {
          setDraft(e.target.value);
          setProblem(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
      {problem && (
        <span id={`${id}-error`} className="cell-error" role="alert">
          {t(problem)}
        </span>
      )}
    </span>
  );
}
