import { useT } from '../../store/ui';
import { useWorkspace } from '../../store/workspace';

export function ImportProgressBar() {
  const t = useT();
  const importing = useWorkspace((s) => s.importing);
  if (!importing) return null;
  const percent = Math.round((importing.progress?.overall ?? 0) * 100);
  return (
    <div className="import-progress" role="status">
      <span>{t('import.running', { files: importing.fileNames.join(', ') })}</span>
      <progress max={100} value={percent} aria-label={t('import.running', { files: importing.fileNames.join(', ') })} />
      <span>{percent}%</span>
      <button type="button" className="button small" onClick={importing.cancel}>
        {t('import.cancel')}
      </button>
    </div>
  );
}
