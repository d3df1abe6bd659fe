import { useSelector } from '@xstate/react';
import { Suspense, useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangeAnswerContext } from '../features/plan/change-answer';
import { QuestionScreen } from '../features/questions/question-screen';
import { HANDOFF, PLAN } from '../flow/machine';
import { handoffOf } from '../flow/path';
import type { Answers, Flow, Handoff } from '../flow/types';
import type { SafeStorage } from '../progress/safe-storage';
import {
  LazyPlanScreen,
  LazyRecordScreen,
  LazySourcesScreen,
  loadLaterScreens,
  ScreenLoadBoundary,
} from './later-screens';
import { usePhoneBack } from './phone-back';
import { ScreenLoadFailed, ScreenLoading } from './screen-loading';
import { ScreenShown } from './screen-shown';
import { StorageNotices } from './storage-notices';
import { useSavedWizard } from './use-saved-wizard';

interface Props {
  flow: Flow;
  storage: SafeStorage;
  /** When the person last started over in this tab ('' if not). */
  clearedAt: string;
  /** Answers this flow was entered with from another flow. */
  preset: Answers | undefined;
  /** A question to open again on entering, its earlier answer marked. */
  ask: string | undefined;
  /** Focus the first heading too (this flow was entered from another one). */
  focusFirst: boolean;
  /** Questions answered in the flows before this one, so the question counter goes on. */
  questionsBefore: number;
  /** `asked`: the questions this flow asked before handing on. */
  onHandoff: (handoff: Handoff, asked: number) => void;
  /** Back from the first question, to the flow this one was entered from. */
  onLeave: (() => void) | undefined;
  onRestart: () => void;
  /** The list of sources (opened from the footer) is shown in place of this flow's screen. */
  sourcesOpen: boolean;
  onCloseSources: () => void;
}

const sameHandoff = (a: Handoff | undefined, b: Handoff | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);

/** One flow's screens: its questions, then its plan. */
export function FlowScreens({
  flow,
  storage,
  clearedAt,
  preset,
  ask,
  questionsBefore,
  focusFirst,
  onHandoff,
  onLeave,
  onRestart,
  sourcesOpen,
  onCloseSources,
}: Props) {
  const { wizard, ...saved } = useSavedWizard(flow, storage, clearedAt);
  const screen = useSelector(wizard, (s) => String(s.value));

  // Before the first paint, so the question already answered elsewhere never shows.
  useLayoutEffect(() => {
    if (preset) wizard.send({ type: 'answers.set', answers: preset, at: new Date().toISOString() });
    // From the plan, the question opens with its answer marked; anywhere else it is on screen already.
    if (ask) wizard.send({ type: 'answer.edit', question: ask });
  }, [wizard, preset, ask]);

  const handoff = useSelector(
    wizard,
    (s) => {
      if (s.value !== HANDOFF) return undefined;
      // An offer taken on the plan, or the last answer that continues in another flow.
      const question = s.context.history.at(-1);
      return (
        s.context.offer ??
        (question ? handoffOf(s.context.flow, question, s.context.answers[question]) : undefined)
      );
    },
    sameHandoff,
  );
  const asked = useSelector(wizard, (s) => s.context.history.length);
  useLayoutEffect(() => {
    if (handoff) onHandoff(handoff, asked);
  }, [handoff, asked, onHandoff]);

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

  // One step back, for the phone's Back and the in-app Back buttons alike.
  const back = usePhoneBack(
    screen === HANDOFF ? undefined : [flow.id, screen, recordOpen, sourcesOpen].join(' '),
    () => {
      setMoved(true);
      if (sourcesOpen) onCloseSources();
      else if (recordOpen) setRecordOpen(false);
      else {
        wizard.send({ type: 'wizard.back' });
        if (String(wizard.getSnapshot().value) !== screen) return true;
        if (screen === PLAN || !onLeave) return false;
        onLeave();
      }
      return true;
    },
  );

  const changeAnswer = useCallback(
    (question: string) => wizard.send({ type: 'answer.edit', question }),
    [wizard],
  );

  return (
    <>
      <StorageNotices {...saved} />
      <ScreenLoadBoundary failed={(retry) => <ScreenLoadFailed onRetry={retry} />}>
        <Suspense fallback={<ScreenLoading />}>
          {sourcesOpen ? (
            <LazySourcesScreen onBack={back} />
          ) : screen === PLAN && recordOpen ? (
            <LazyRecordScreen wizard={wizard} onBack={back} onDeleteEverything={onRestart} />
          ) : screen === PLAN ? (
            <ChangeAnswerContext value={changeAnswer}>
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
            </ChangeAnswerContext>
          ) : screen === HANDOFF ? null : (
            <QuestionScreen
              key={screen}
              wizard={wizard}
              question={screen}
              questionsBefore={questionsBefore}
              focusOnMount={moved}
              onBack={back}
              canLeave={onLeave !== undefined}
            />
          )}
          <ScreenShown />
        </Suspense>
      </ScreenLoadBoundary>
    </>
  );
}
