// Tabs of the app in one browser tell each other about their saves: a tab follows another's save at once when it
// is idle, or as soon as it is (no question open, no import running, nothing being stored). Keeping data safe is
// not this module's job — every save is a compare-and-swap (persistence.ts) — only showing the newest workspace.
import { importFlowBusy, useImportFlow, type ImportFlowStore } from './importFlow';
import { useWorkspace, type WorkspaceStore } from './workspace';

/** What sync needs of a BroadcastChannel (tests pass a fake). */
export interface TabChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** Sent after each save: the version now stored. */
export interface SavedMessage {
  type: 'saved';
  version: number;
}

function isSavedMessage(data: unknown): data is SavedMessage {
  const message = data as Partial<SavedMessage> | null;
  return message?.type === 'saved' && typeof message.version === 'number';
}

/** Connects one tab's stores to the channel; returns the disconnect. */
export function connectTabSync(
  channel: TabChannel,
  workspace: WorkspaceStore,
  importFlow: ImportFlowStore,
): () => void {
  /** The newest version another tab said it saved, until this tab has followed it. */
  let heard = 0;
  let following = false;
  const busy = () => workspace.getState().committing || importFlowBusy(importFlow.getState());

  function followIfBehind() {
    const { version, phase } = workspace.getState();
    if (following || heard <= (version ?? 0) || phase !== 'ready' || busy()) return;
    following = true;
    const asked = heard;
    void workspace
      .getState()
      .followStored(busy)
      .then((outcome) => {
        following = false;
        // Followed, or nothing newer that can be read: the messages up to `asked` are answered; one that came
        // while the stored workspace was being read may announce a newer save still.
        if (outcome !== 'busy' && heard === asked) heard = 0;
        else followIfBehind();
      });
  }

  const onMessage = (event: MessageEvent) => {
    if (!isSavedMessage(event.data)) return;
    heard = Math.max(heard, event.data.version);
    followIfBehind();
  };
  channel.addEventListener('message', onMessage);
  const stopWorkspace = workspace.subscribe((state, previous) => {
    if (state.savedVersion !== null && state.savedVersion !== previous.savedVersion) {
      const message: SavedMessage = { type: 'saved', version: state.savedVersion };
      channel.postMessage(message);
    }
    followIfBehind();
  });
  const stopImportFlow = importFlow.subscribe(followIfBehind);
  return () => {
    channel.removeEventListener('message', onMessage);
    stopWorkspace();
    stopImportFlow();
  };
}

/** The page's stores on the app's BroadcastChannel, where the browser has one. */
export function connectAppTabs(): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel('expertise-map');
  const disconnect = connectTabSync(channel, useWorkspace, useImportFlow);
  return () => {
    disconnect();
    channel.close();
  };
}
