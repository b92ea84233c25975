import { useMemo, useState } from 'react';
import { Dialog } from '../../components/ui/Dialog';
import type { MessageKey } from '../../i18n/i18n';
import { HISTORY_LIMIT } from '../../store/persistence';
import { useLocale, useT } from '../../store/ui';
import { useWorkspace } from '../../store/workspace';

/** The workspaces kept before each import or restore, each one click from coming back. */
export function HistoryButton() {
  const t = useT();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const snapshots = useWorkspace((s) => s.snapshots);
  const refresh = useWorkspace((s) => s.refreshSnapshots);
  const restore = useWorkspace((s) => s.restoreSnapshot);
  // made when the list is shown, not on every render of the header (a formatter costs milliseconds)
  const date = useMemo(
    () => (open ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }) : null),
    [open, locale],
  );
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          void refresh();
          setOpen(true);
        }}
      >
        {t('history.button')}
      </button>
      {open && date && (
        <Dialog
          title={t('history.title')}
          onClose={() => setOpen(false)}
          footer={
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t('report.close')}
            </button>
          }
        >
          <p className="muted">{t('history.intro', { limit: HISTORY_LIMIT })}</p>
          {snapshots.length === 0 ? (
            <p>{t('history.empty')}</p>
          ) : (
            <ul className="history-list">
              {snapshots.map((s) => (
                <li key={s.id}>
                  <span>
                    {t('history.entry', {
                      date: date.format(new Date(s.savedAt)),
                      members: t('totals.members', { count: s.members }),
                      skills: t('totals.skills', { count: s.skills }),
                      links: t('totals.links', { count: s.links }),
                    })}{' '}
                    <span className="muted">
                      ({t(`history.reason.${s.reason}` as MessageKey)}
                      {s.meta.origin === 'sample' ? `, ${t('history.sample')}` : ''})
                    </span>
                  </span>
                  <button
                    type="button"
                    className="button small"
                    aria-label={t('history.restoreEntry', { date: date.format(new Date(s.savedAt)) })}
                    onClick={() => {
                      void restore(s.id);
                      setOpen(false);
                    }}
                  >
                    {t('history.restore')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </Dialog>
      )}
    </>
  );
}
