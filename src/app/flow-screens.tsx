import { useSelector } from '@xstate/react';
import { Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangeAnswerContext } from '../features/plan/change-answer';
import { QuestionScreen } from '../features/questions/question-screen';
import { HANDOFF, PLAN, screenOf, type WizardActor } from '../flow/machine';
import { flowActorOf, questionsBefore, type AppActor } from './app-machine';
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

/** The flow on screen, drawn afresh for each flow the app opens (and after a start over). */
export function FlowScreens({ app }: { app: AppActor }) {
  const wizard = useSelector(app, flowActorOf);
  if (!wizard) return null;
  return <OneFlowScreens key={wizard.sessionId} app={app} wizard={wizard} />;
}

type View = 'screens' | 'record' | 'sources';

/** One flow's screens: its questions, then its plan, and the views over them. */
function OneFlowScreens({ app, wizard }: { app: AppActor; wizard: WizardActor }) {
  const screen = useSelector(wizard, screenOf);
  const flowId = useSelector(wizard, (s) => s.context.flow.id);
  const view = useSelector(app, (s): View =>
    s.matches({ flow: 'sources' })
      ? 'sources'
      : s.matches({ flow: 'record' })
        ? 'record'
        : 'screens',
  );
  const notices = useSelector(app, (s) => s.context.notices);
  const before = useSelector(app, (s) => questionsBefore(s.context));
  const canLeave = useSelector(app, (s) => s.context.trail.length > 1);
  const focusFirst = useSelector(app, (s) => s.context.switched);

  // Focus moves to the heading on every screen change, but not on the first page load.
  const [firstScreen] = useState(screen);
  const [moved, setMoved] = useState(focusFirst);
  if (screen !== firstScreen && !moved) setMoved(true);

  // Once the first answer is in, fetch the screens that come later (a failure shows on them).
  const { i18n } = useTranslation();
  useEffect(() => {
    if (screen !== firstScreen) loadLaterScreens(i18n).catch(() => {});
  }, [screen, firstScreen, i18n]);

  // One step back, for the phone's Back and the in-app Back buttons alike.
  const back = usePhoneBack(
    screen === HANDOFF ? undefined : [flowId, screen, view].join(' '),
    () => {
      setMoved(true);
      if (view === 'sources') app.send({ type: 'sources.close' });
      else if (view === 'record') app.send({ type: 'record.close' });
      else {
        wizard.send({ type: 'wizard.back' });
        if (screenOf(wizard.getSnapshot()) !== screen) return true;
        if (screen === PLAN || !canLeave) return false;
        app.send({ type: 'flow.leave' });
      }
      return true;
    },
  );

  const changeAnswer = useCallback(
    (question: string) => wizard.send({ type: 'answer.edit', question }),
    [wizard],
  );
  const restart = useCallback(() => app.send({ type: 'app.restart' }), [app]);

  return (
    <>
      <StorageNotices {...notices} onDropKeptNewer={() => app.send({ type: 'keptNewer.drop' })} />
      <ScreenLoadBoundary failed={(retry) => <ScreenLoadFailed onRetry={retry} />}>
        <Suspense fallback={<ScreenLoading />}>
          {view === 'sources' ? (
            <LazySourcesScreen onBack={back} />
          ) : screen === PLAN && view === 'record' ? (
            <LazyRecordScreen wizard={wizard} onBack={back} onDeleteEverything={restart} />
          ) : screen === PLAN ? (
            <ChangeAnswerContext value={changeAnswer}>
              <LazyPlanScreen
                key={PLAN}
                wizard={wizard}
                focusOnMount={moved}
                onRestart={restart}
                onOpenRecord={() => {
                  setMoved(true);
                  app.send({ type: 'record.open' });
                }}
              />
            </ChangeAnswerContext>
          ) : screen === HANDOFF ? null : (
            <QuestionScreen
              key={screen}
              wizard={wizard}
              question={screen}
              questionsBefore={before}
              focusOnMount={moved}
              onBack={back}
              canLeave={canLeave}
            />
          )}
          <ScreenShown />
        </Suspense>
      </ScreenLoadBoundary>
    </>
  );
}
