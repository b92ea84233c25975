// How an ambassador's activity state is said wherever it is shown (the Club health table, the member panel):
// the state as a text badge and, beside it, the reason with its numbers. Presentational: the caller hands in
// the translation and the UI language.
import type { ActivityRow, ActivityState } from '../domain/activity';
import type { Lang, MessageKey, Translate } from '../i18n/i18n';
import { ACTIVITY_CSV_WORDS, activityReasonText } from '../io/activityCsv';

export const ACTIVITY_STATE_WORDS: Record<ActivityState, MessageKey> = {
  overloaded: 'activity.state.overloaded',
  quiet: 'activity.state.quiet',
  steady: 'activity.state.steady',
  thriving: 'activity.state.thriving',
};

/**
 * The reason sentence in the UI language: the same words as the activity CSV, so screen and file agree.
 * `sayLeaving: false` where the leaving mark is shown already (the member panel).
 */
export function activityReason(row: ActivityRow, lang: Lang, sayLeaving = true): string {
  const words = ACTIVITY_CSV_WORDS[lang];
  return activityReasonText(row.reason, words.reason, words.decimal, sayLeaving && row.leaving);
}

export function ActivityBadge({ state, t }: { state: ActivityState; t: Translate }) {
  return <span className={`badge activity-badge activity-${state}`}>{t(ACTIVITY_STATE_WORDS[state])}</span>;
}
