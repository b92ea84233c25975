import { downloadBlob } from '../components/download';
import type { MessageKey } from '../i18n/i18n';
import { useT } from '../store/ui';
import { useWorkspace } from '../store/workspace';

/** Storage and import failures, said in words on the page (never only in the console). */
export function ProblemBanner() {
  const t = useT();
  const problem = useWorkspace((s) => s.problem);
  const dismiss = useWorkspace((s) => s.dismissProblem);
  const keptCopy = useWorkspace((s) => s.keptCopy);
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
      {problem.kind === 'corrupt' && (
        <button type="button" className="button small" onClick={() => void downloadKept(keptCopy)}>
          {t('storage.downloadKept')}
        </button>
      )}
      <button type="button" className="button small" onClick={dismiss}>
        {t('storage.dismiss')}
      </button>
    </div>
  );
}

/** The kept copy as JSON (typed arrays as plain arrays), for a person or a later version to rescue. */
async function downloadKept(keptCopy: () => Promise<unknown>) {
  const data = await keptCopy();
  if (data === null) return;
  const json = JSON.stringify(
    data,
    (_key, value: unknown) => (ArrayBuffer.isView(value) ? Array.from(value as Uint8Array) : value),
    1,
  );
  downloadBlob('expertise-map-unreadable-data.json', new Blob([json], { type: 'application/json' }));
}
