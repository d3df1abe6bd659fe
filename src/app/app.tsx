import { useSelector } from '@xstate/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../features/language/language-switch';
import { PlanScreen } from '../features/plan/plan-screen';
import { QuestionScreen } from '../features/questions/question-screen';
import { PLAN } from '../flow/machine';
import type { Flow } from '../flow/types';
import type { Language } from '../i18n/languages';
import type { SafeStorage } from '../progress/safe-storage';
import { LiveStatusProvider } from '../ui/live-status';
import { Notice } from '../ui/notice';
import { useSavedWizard } from './use-saved-wizard';

interface Props {
  flow: Flow;
  storage: SafeStorage;
  onLanguageChange: (lng: Language) => void;
}

export function App({ flow, storage, onLanguageChange }: Props) {
  const { t } = useTranslation();
  const { wizard, saving, restoreProblem } = useSavedWizard(flow, storage);
  const screen = useSelector(wizard, (s) => String(s.value));
  // Focus moves to the heading on every screen change, but not on the first page load.
  const [firstScreen] = useState(screen);
  const [moved, setMoved] = useState(false);
  if (screen !== firstScreen && !moved) setMoved(true);
  const focusOnMount = moved;

  return (
    <LiveStatusProvider>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <p className="app-title">{t('app.title')}</p>
        <LanguageSwitch onChange={onLanguageChange} />
      </header>
      <main id="main" tabIndex={-1}>
        {!saving && <Notice>{t('storage.unavailable')}</Notice>}
        {restoreProblem === 'partial' && <Notice>{t('storage.recovered')}</Notice>}
        {restoreProblem === 'unreadable' && <Notice>{t('storage.unreadable')}</Notice>}
        {screen === PLAN ? (
          <PlanScreen key={PLAN} wizard={wizard} focusOnMount={focusOnMount} />
        ) : (
          <QuestionScreen
            key={screen}
            wizard={wizard}
            question={screen}
            focusOnMount={focusOnMount}
          />
        )}
      </main>
      <footer className="app-footer">
        <p>{t('app.privacy')}</p>
      </footer>
    </LiveStatusProvider>
  );
}
