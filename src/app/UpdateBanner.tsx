// "A new version is ready": shown when a new service worker waits. Reload is held back while an import runs or a
// save is pending, so new code never replaces the page under work in progress.
import { useAppUpdate } from '../store/appUpdate';
import { useImportFlow } from '../store/importFlow';
import { useT } from '../store/ui';
import { useWorkspace } from '../store/workspace';

export function UpdateBanner() {
  const t = useT();
  const reload = useAppUpdate((s) => s.reload);
  const importing = useImportFlow((s) => s.importing !== null);
  const saving = useWorkspace((s) => s.committing);
  if (!reload) return null;
  const busy = importing || saving;
  return (
    <div className="update-banner" role="status">
      <span>{t(busy ? 'update.readyBusy' : 'update.ready')}</span>{' '}
      <button type="button" className="button small" disabled={busy} onClick={reload}>
        {t('update.reload')}
      </button>
    </div>
  );
}
