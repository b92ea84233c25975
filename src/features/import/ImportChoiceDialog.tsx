import { Dialog } from '../../components/ui/Dialog';
import { useT } from '../../store/ui';
import { useImportFlow } from '../../store/importFlow';
import { useWorkspace } from '../../store/workspace';

/** Importing into a non-empty workspace asks: Replace or Merge. */
export function ImportChoiceDialog() {
  const t = useT();
  const pending = useImportFlow((s) => s.pendingFiles);
  const workspace = useWorkspace((s) => s.workspace);
  const answer = useImportFlow((s) => s.answerImportChoice);
  if (!pending) return null;
  return (
    <Dialog
      title={t('import.choiceTitle')}
      onClose={() => answer(null)}
      footer={
        <>
          <button type="button" className="button" onClick={() => answer(null)}>
            {t('import.cancel')}
          </button>
          <button type="button" className="button" onClick={() => answer('merge')}>
            {t('import.merge')}
          </button>
          <button type="button" className="button primary" onClick={() => answer('replace')}>
            {t('import.replace')}
          </button>
        </>
      }
    >
      <p>
        {t('import.choiceBody', {
          members: t('totals.members', { count: workspace.members.length }),
          skills: t('totals.skills', { count: workspace.skills.length }),
        })}
      </p>
      <ul className="file-list">
        {pending.map((f, i) => (
          <li key={i}>{f.name}</li>
        ))}
      </ul>
    </Dialog>
  );
}
