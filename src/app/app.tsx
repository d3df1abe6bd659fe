import { useActorRef } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../features/language/language-switch';
import { TranslationNote } from '../features/language/translation-note';
import { flows } from '../flow/registry';
import type { Flow } from '../flow/types';
import type { Language } from '../i18n/languages';
import type { SafeStorage } from '../progress/safe-storage';
import { LiveStatusProvider } from '../ui/live-status';
import { TextWithReadings } from '../ui/text-with-readings';
import { appMachine } from './app-machine';
import { FlowScreens } from './flow-screens';

interface Props {
  /** The flow the app opens with: its first question is the door to every other flow. */
  mainFlow: Flow;
  storage: SafeStorage;
  /** Resolves false when the language could not be loaded (the page stays as it is). */
  onLanguageChange: (lng: Language) => Promise<boolean>;
}

export function App({ mainFlow, storage, onLanguageChange }: Props) {
  const { t } = useTranslation();
  const app = useActorRef(appMachine, {
    input: { storage, flows: { ...flows, [mainFlow.id]: mainFlow }, entry: mainFlow.id },
  });

  return (
    <LiveStatusProvider>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // Focus without a history entry of its own, so the phone's Back steps through screens.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skip')}
      </a>
      <header className="app-header">
        <p className="app-title">{t('app.title')}</p>
        <LanguageSwitch onChange={onLanguageChange} />
        <TranslationNote />
      </header>
      <main id="main" tabIndex={-1}>
        <FlowScreens app={app} />
      </main>
      <footer className="app-footer">
        <p>{t('app.privacy')}</p>
        <p>
          <TextWithReadings text={t('app.unofficial')} />
        </p>
        <p>
          <button type="button" onClick={() => app.send({ type: 'sources.open' })}>
            <TextWithReadings text={t('app.sources')} />
          </button>
        </p>
      </footer>
    </LiveStatusProvider>
  );
}
