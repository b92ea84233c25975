import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadCatalogue } from './i18n/i18n';
import { startLang, useUi } from './store/ui';
import './app/app.css';

// The shell's code is evaluated in a task of its own, after this one's (React's): evaluated together, they were the
// first visit's longest task. It loads while the messages do.
const shell = import('./app/App');
if (new URLSearchParams(window.location.search).has('bench'))
  void import('./app/benchHook').then((hook) => hook.exposeBenchHook());

// The first render needs the page language's messages (and those of the CSV header language, if chosen).
const headerLang = useUi.getState().csv.headerLang;
// A failed load still renders: the other language, if here, or the keys beat a blank page.
const catalogues = Promise.all([
  loadCatalogue(startLang),
  ...(headerLang === 'ui' ? [] : [loadCatalogue(headerLang)]),
]).catch(() => undefined);

const root = document.getElementById('root')!;
void Promise.all([shell, catalogues]).then(
  ([{ App }]) =>
    // In a transition, React renders the first page in slices of a few milliseconds with the page free between them.
    startTransition(() =>
      createRoot(root).render(
        <StrictMode>
          <App />
        </StrictMode>,
      ),
    ),
  () => {
    // the app's own code did not arrive (a broken connection on a first visit): say so, in both languages
    root.textContent =
      'Не удалось загрузить приложение: обновите страницу. — The app could not load: reload the page.';
  },
);
