// A new version of the app waiting to take over (its service worker is installed but not yet in charge): the page
// says so and lets the person reload when they choose, never in the middle of an import or a save.
import { create } from 'zustand';

interface AppUpdateState {
  /** Set when a new version is ready: loads it (the page reloads). */
  reload: (() => void) | null;
  offer: (reload: () => void) => void;
}

export const useAppUpdate = create<AppUpdateState>((set) => ({
  reload: null,
  offer: (reload) => set({ reload }),
}));
