// Ambassadors | Everyone: which people a view shows (the map and the matrix share the choice). Presentational: the
// caller hands in the mode and where a change goes.
import type { Translate } from '../i18n/i18n';

export type PeopleMode = 'ambassadors' | 'everyone';
const MODES: readonly PeopleMode[] = ['ambassadors', 'everyone'];

export function ModeSwitch({
  t,
  mode,
  onChange,
}: {
  t: Translate;
  mode: PeopleMode;
  onChange: (mode: PeopleMode) => void;
}) {
  return (
    <div className="segmented" role="group" aria-label={t('graph.mode')}>
      <span className="segmented-label">{t('graph.mode')}:</span>
      {MODES.map((m) => (
        <button key={m} type="button" aria-pressed={mode === m} onClick={() => onChange(m)}>
          {t(m === 'ambassadors' ? 'graph.mode.ambassadors' : 'graph.mode.everyone')}
        </button>
      ))}
    </div>
  );
}
