import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { Flow } from '../flow/types';
import type { SafeStorage } from '../progress/safe-storage';
import { App } from './app';
import { CrashBoundary } from './crash-boundary';
import { CrashScreen } from './crash-screen';
import { switchLanguage } from './language';

interface Props {
  flow: Flow;
  storage: SafeStorage;
  i18n: i18n;
}

/** The app with its providers; shared by the page entry and the tests. */
export function Root({ flow, storage, i18n }: Props) {
  return (
    <I18nextProvider i18n={i18n}>
      <CrashBoundary fallback={(reset) => <CrashScreen storage={storage} onReset={reset} />}>
        <App
          mainFlow={flow}
          storage={storage}
          onLanguageChange={(lng) => switchLanguage(i18n, lng, storage)}
        />
      </CrashBoundary>
    </I18nextProvider>
  );
}
