import type { ReactNode } from 'react';
import { Boundary } from '../components/ui/Boundary';
import { translator } from '../i18n/i18n';
import { useUi } from '../store/ui';
import { ReloadButton } from './ReloadButton';

/** Never a blank screen: an unexpected render error shows a message and a way back. */
export function ErrorBoundary({ children }: { children: ReactNode }) {
  return (
    <Boundary
      fallback={(error) => {
        const t = translator(useUi.getState().lang);
        return (
          <div className="fatal" role="alert">
            <h1>{t('app.errorTitle')}</h1>
            <p>{t('app.errorBody')}</p>
            <pre>{error.message}</pre>
            <ReloadButton label={t('app.reload')} />
          </div>
        );
      }}
    >
      {children}
    </Boundary>
  );
}
