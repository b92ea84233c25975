import { useT } from '../../store/ui';
import { useImportFlow } from '../../store/importFlow';

export function ImportProgressBar() {
  const t = useT();
  const importing = useImportFlow((s) => s.importing);
  if (!importing) return null;
  const progress = importing.progress;
  const percent = Math.round((progress?.overall ?? 0) * 100);
  const filePercent = Math.round((progress?.file ?? 0) * 100);
  return (
    <div className="import-progress" role="status">
      <span className="import-progress-label">
        {t('import.running', { files: importing.fileNames.join(', ') })}
      </span>
      <progress max={100} value={percent} aria-label={t('import.overall')} />
      <span>{percent}%</span>
      {progress && progress.fileName && (
        <>
          <span className="muted">
            {t('import.fileProgress', {
              index: progress.fileIndex + 1,
              count: progress.fileCount,
              name: progress.fileName,
            })}
          </span>
          <progress className="file-progress" max={100} value={filePercent} aria-label={progress.fileName} />
        </>
      )}
      <button type="button" className="button small" onClick={importing.cancel}>
        {t('import.cancel')}
      </button>
    </div>
  );
}
