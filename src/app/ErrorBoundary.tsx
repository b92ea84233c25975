import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translator } from '../i18n/i18n';
import { useUi } from '../store/ui';

interface State {
  error: Error | null;
}

/** Never a blank screen: an unexpected render error shows a message and a way back. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    const t = translator(useUi.getState().lang);
    return (
      <div className="fatal" role="alert">
        <h1>{t('app.errorTitle')}</h1>
        <p>{t('app.errorBody')}</p>
        <pre>{this.state.error.message}</pre>
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </button>
      </div>
    );
  }
}
