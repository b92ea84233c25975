import { useT } from '../store/ui';
import { useWorkspace } from '../store/workspace';

/** Storage and import failures, said in words on the page (never only in the console). */
export function ProblemBanner() {
  const t = useT();
  const problem = useWorkspace((s) => s.problem);
  const dismiss = useWorkspace((s) => s.dismissProblem);
  if (!problem) return null;
  const text =
    problem.kind === 'save'
      ? t('storage.saveFailed', { reason: t(problem.reason === 'quota' ? 'storage.quota' : 'storage.unavailable') })
      : problem.kind === 'corrupt'
        ? t('storage.corrupt')
        : t('import.failed', { reason: problem.message });
  return (
    <div className="banner" role="alert">
      <span>{text}</span>
      <button type="button" className="button small" onClick={dismiss}>
        {t('storage.dismiss')}
      </button>
    </div>
  );
}
