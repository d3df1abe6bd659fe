import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../features/language/language-switch';
import { TranslationNote } from '../features/language/translation-note';
import { flows } from '../flow/registry';
import type { Flow, Handoff } from '../flow/types';
import type { Language } from '../i18n/languages';
import { saveAnswersBeforeOpening } from '../progress/preset';
import type { SafeStorage } from '../progress/safe-storage';
import { clearProgress } from '../progress/sync';
import { LiveStatusProvider } from '../ui/live-status';
import { TextWithReadings } from '../ui/text-with-readings';
import { FlowScreens } from './flow-screens';
import { useFlowTrail } from './flow-trail';

interface Props {
  /** The flow the app opens with: its first question is the door to every other flow. */
  mainFlow: Flow;
  storage: SafeStorage;
  /** Resolves false when the language could not be loaded (the page stays as it is). */
  onLanguageChange: (lng: Language) => Promise<boolean>;
}

export function App({ mainFlow, storage, onLanguageChange }: Props) {
  const { t } = useTranslation();
  const trail = useFlowTrail(mainFlow.id, Object.keys(flows), storage);
  const flow = flows[trail.current] ?? mainFlow;
  // Bumped on "start over", so every flow starts again from nothing.
  const [generation, setGeneration] = useState(0);
  // When this tab last started over: another tab's older progress must not bring anything back.
  const [clearedAt, setClearedAt] = useState('');
  const [switched, setSwitched] = useState(false);
  // The list of sources, opened from the footer over whatever screen is on view.
  const [sourcesOpen, setSourcesOpen] = useState(false);

  const { enter } = trail;
  const onHandoff = useCallback(
    (handoff: Handoff, asked: number) => {
      const target = flows[handoff.flow];
      if (target) {
        saveAnswersBeforeOpening(storage, target, handoff.answers, new Date().toISOString());
      }
      setSwitched(true);
      enter(handoff.flow, handoff.answers, asked, handoff.ask);
    },
    [enter, storage],
  );
  const onRestart = () => {
    const at = new Date().toISOString();
    for (const each of Object.values(flows)) clearProgress(storage, each, at);
    setClearedAt(at);
    trail.reset();
    setSwitched(true);
    setGeneration((g) => g + 1);
  };

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
        <FlowScreens
          key={`${flow.id}:${generation}`}
          flow={flow}
          storage={storage}
          clearedAt={clearedAt}
          preset={trail.preset}
          ask={trail.ask}
          questionsBefore={trail.before}
          focusFirst={switched}
          onHandoff={onHandoff}
          onLeave={
            trail.previous
              ? () => {
                  setSwitched(true);
                  trail.leave();
                }
              : undefined
          }
          onRestart={onRestart}
          sourcesOpen={sourcesOpen}
          onCloseSources={() => setSourcesOpen(false)}
        />
      </main>
      <footer className="app-footer">
        <p>{t('app.privacy')}</p>
        <p>
          <TextWithReadings text={t('app.unofficial')} />
        </p>
        <p>
          <button type="button" onClick={() => setSourcesOpen(true)}>
            <TextWithReadings text={t('app.sources')} />
          </button>
        </p>
      </footer>
    </LiveStatusProvider>
  );
}
