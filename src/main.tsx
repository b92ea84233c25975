import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { exposeBenchHook } from './app/benchHook';
import { loadCatalogue } from './i18n/i18n';
import { startLang, useUi } from './store/ui';
import './app/app.css';

exposeBenchHook();

// The first render needs the page language's messages (and those of the CSV header language, if chosen).
const headerLang = useUi.getState().csv.headerLang;
const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// A failed load still renders: the other language, if here, or the keys beat a blank page.
void Promise.all([
  loadCatalogue(startLang),
  ...(headerLang === 'ui' ? [] : [loadCatalogue(headerLang)]),
]).then(render, render);
