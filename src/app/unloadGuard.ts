// Closing the tab while an import runs or a save is pending would lose that work without a word: the browser is
// asked to confirm first (its own "Leave site?" dialog; the text is the browser's). Nothing is asked otherwise.
import { useImportFlow } from '../store/importFlow';
import { useWorkspace } from '../store/workspace';

/** Whether leaving now would lose work: an import running, a workspace not yet stored, or one whose save failed. */
export function workInFlight(): boolean {
  const { committing, unsaved } = useWorkspace.getState();
  return useImportFlow.getState().importing !== null || committing || unsaved;
}

/** Starts guarding; returns the function that stops it. */
export function guardUnload(): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!workInFlight()) return;
    event.preventDefault();
    // older browsers show the dialog only when returnValue is set
    event.returnValue = '';
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => window.removeEventListener('beforeunload', onBeforeUnload);
}
