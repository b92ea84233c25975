import { lazy, Suspense, useState } from 'react';
import { useT } from '../../store/ui';
import { useWorkspace } from '../../store/workspace';

// The dialog and its rules load when first opened: they are not part of the first visit.
const PseudonymiseDialog = lazy(() =>
  import('./PseudonymiseDialog').then((m) => ({ default: m.PseudonymiseDialog })),
);

/**
 * The workspace zip without names (docs/contract.md#pseudonymised-workspace): each person a pseudonym keyed by a
 * secret the user keeps, titles and emails gone, small departments and locations merged, and the intake snapshots
 * pseudonymised the same way.
 */
export function ExportPseudonymisedButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const empty = useWorkspace((s) => s.workspace.members.length + s.workspace.skills.length === 0);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} disabled={empty}>
        {t('pseudo.button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <PseudonymiseDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
