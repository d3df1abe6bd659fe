import { useSelector } from '@xstate/react';
import { Suspense, useEffect, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionScreen } from '../features/questions/question-screen';
import { HANDOFF, PLAN } from '../flow/machine';
import { handoffOf } from '../flow/path';
import type { Answers, Flow, Handoff } from '../flow/types';
import type { SafeStorage } from '../progress/safe-storage';
import {
  LazyPlanScreen,
  LazyRecordScreen,
  loadLaterScreens,
  ScreenLoadBoundary,
} from './later-screens';
import { ScreenLoadFailed, ScreenLoading } from './screen-loading';
import { ScreenShown } from './screen-shown';
import { StorageNotices } from './storage-notices';
import { useSavedWizard } from './use-saved-wizard';

interface Props {
  flow: Flow;
  storage: SafeStorage;
  /** Answers this flow was entered with from another flow. */
  preset: Answers | undefined;
  /** Focus the first heading too (this flow was entered from another one). */
  focusFirst: boolean;
  onHandoff: (handoff: Handoff) => void;
  /** Back from the first question, to the flow this one was entered from. */
  onLeave: (() => void) | undefined;
  onRestart: () => void;
}

const sameHandoff = (a: Handoff | undefined, b: Handoff | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);

/** One flow's screens: its questions, then its plan. */
export function FlowScreens({
  flow,
  storage,
  preset,
  focusFirst,
  onHandoff,
  onLeave,
  onRestart,
}: Props) {
  const { wizard, ...saved } = useSavedWizard(flow, storage);
  const screen = useSelector(wizard, (s) => String(s.value));

  // Before the first paint, so the question already answered elsewhere never shows.
  useLayoutEffect(() => {
    if (preset) wizard.send({ type: 'answers.set', answers: preset, at: new Date().toISOString() });
  }, [wizard, preset]);

  const handoff = useSelector(
    wizard,
    (s) => {
      const question = s.context.history.at(-1);
      return s.value === HANDOFF && question
        ? handoffOf(s.context.flow, question, s.context.answers[question])
        : undefined;
    },
    sameHandoff,
  );
  useLayoutEffect(() => {
    if (handoff) onHandoff(handoff);
  }, [handoff, onHandoff]);

  // Focus moves to the heading on every screen change, but not on the first page load.
  const [firstScreen] = useState(screen);
  const [moved, setMoved] = useState(focusFirst);
  if (screen !== firstScreen && !moved) setMoved(true);

  // Once the first answer is in, fetch the screens that come later (a failure shows on them).
  const { i18n } = useTranslation();
  useEffect(() => {
    if (screen !== firstScreen) loadLaterScreens(i18n).catch(() => {});
  }, [screen, firstScreen, i18n]);
  // "My record" is a view of the plan: one tap from it, and back.
  const [recordOpen, setRecordOpen] = useState(false);

  return (
    <>
      <StorageNotices {...saved} />
      <ScreenLoadBoundary failed={(retry) => <ScreenLoadFailed onRetry={retry} />}>
        <Suspense fallback={<ScreenLoading />}>
          {screen === PLAN && recordOpen ? (
            <LazyRecordScreen
              wizard={wizard}
              onBack={() => setRecordOpen(false)}
              onDeleteEverything={onRestart}
            />
          ) : screen === PLAN ? (
            <LazyPlanScreen
              key={PLAN}
              wizard={wizard}
              focusOnMount={moved}
              onRestart={onRestart}
              onOpenRecord={() => {
                setMoved(true);
                setRecordOpen(true);
              }}
            />
          ) : screen === HANDOFF ? null : (
            <QuestionScreen
              key={screen}
              wizard={wizard}
              question={screen}
              focusOnMount={moved}
              onLeave={onLeave}
            />
          )}
          <ScreenShown />
        </Suspense>
      </ScreenLoadBoundary>
    </>
  );
}
