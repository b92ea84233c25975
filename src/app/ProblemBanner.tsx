import type { MessageKey } from '../i18n/i18n';
import { useT } from '../store/ui';
import { useWorkspace } from '../store/workspace';

/** Storage and import failures, said in words on the page (never only in the console). */
export function ProblemBanner() {
  const t = useT();
  const problem = useWorkspace((s) => s.problem);
  const dismiss = useWorkspace((s) => s.dismissProblem);
  if (!problem) return null;
  const text = (() => {
    switch (problem.kind) {
      case 'save':
        return t('storage.saveFailed', {
          reason: t(problem.reason === 'quota' ? 'storage.quota' : 'storage.unavailable'),
        });
      case 'corrupt':
        return t('storage.corrupt');
      case 'newer':
        return t('storage.newer');
      case 'import':
        return t('import.failed', { reason: problem.message });
      case 'otherTab':
        return t('storage.otherTab');
      case 'otherTabDuringImport':
        return t('storage.otherTabDuringImport');
      case 'otherTabSavedFirst':
        return t('storage.otherTabSavedFirst');
      case 'editRefused':
        return t(`edit.refused.${problem.reason}` as MessageKey);
      case 'restoreFailed':
        return t('history.restoreFailed');
    }
  })();
  return (
    <div className="banner" role="alert">
      <span>{text}</span>
      <button type="button" className="button small" onClick={dismiss}>
        {t('storage.dismiss')}
      </button>
    </div>
  );
}
