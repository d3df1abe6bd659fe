import { TextWithReadings } from '../../ui/text-with-readings';
import { useSelector } from '@xstate/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WizardActor } from '../../flow/machine';
import { isTickable, planSections } from '../../flow/plan';
import { useDataText } from '../../i18n/data-text';
import { formatDoneTime } from '../../i18n/format-time';
import { useAnnounce } from '../../ui/live-status';
import { ScreenHeading } from '../../ui/screen-heading';
import { useNow } from '../../ui/use-now';
import { AnswerSummary } from './answer-summary';
import { useJapaneseText } from '../../i18n/japanese-text';
import { PlanCheck } from './plan-check';
import { PlanSection } from './plan-section';
import './plan.css';
import { RestartButton } from './restart-button';
import { ResumeLine } from './resume-line';
import { StepCard } from './step-card';
import { StepExtras } from './step-extras';
import { primaryClosed } from './step-hotlines';

interface Props {
  wizard: WizardActor;
  focusOnMount: boolean;
  /** Start over erases every flow's progress, so the app does it. */
  onRestart: () => void;
  /** Opens "My record" (the app shows it in place of the plan). */
  onOpenRecord: () => void;
}

export function PlanScreen({ wizard, focusOnMount, onRestart, onOpenRecord }: Props) {
  const { t, i18n } = useTranslation();
  const { t: tr } = useTranslation('record');
  const announce = useAnnounce();
  const flow = useSelector(wizard, (s) => s.context.flow);
  const answers = useSelector(wizard, (s) => s.context.answers);
  const answeredAt = useSelector(wizard, (s) => s.context.answeredAt);
  const ticks = useSelector(wizard, (s) => s.context.ticks);
  const notes = useSelector(wizard, (s) => s.context.notes);
  const mailArrivedAt = useSelector(wizard, (s) => s.context.mailArrivedAt);
  const text = useDataText(flow.id);
  const now = useNow();
  // Shown on a return visit only: the plan was the first screen of this page load.
  const [returning] = useState(!focusOnMount && Object.keys(ticks).length > 0);

  const closed = (id: string) => primaryClosed(flow.steps[id]?.hotlines ?? [], i18n.language, now);
  const plan = planSections(flow, answers, closed);
  const ordered = [...plan.checks, ...plan.now, ...plan.today, ...plan.later];
  // In any other language than Japanese, the call steps also show their script in Japanese.
  const japanese = useJapaneseText(
    flow.id,
    ordered.some((id) => flow.steps[id]?.script),
  );
  const todo = ordered.filter((id) => isTickable(flow, id));
  const done = todo.filter((id) => ticks[id]).length;
  const next = todo.find((id) => !ticks[id]);
  const lastAt = [answeredAt, ...Object.values(ticks)].sort().at(-1) ?? '';

  const toggle = (id: string) => {
    const at = new Date().toISOString();
    const title = text(`steps.${id}.title`);
    wizard.send({ type: 'step.toggle', step: id, at });
    announce(
      ticks[id]
        ? t('status.unticked', { step: title })
        : t('status.ticked', { step: title, time: formatDoneTime(at, i18n.language) }),
    );
  };
  const optional = (key: string) => (i18n.exists(`${flow.id}:${key}`) ? text(key) : '');

  const card = (id: string, prominent: boolean) => {
    const step = flow.steps[id];
    if (!step) return null;
    return (
      <StepCard
        key={id}
        id={id}
        step={step}
        prominent={prominent}
        tickable={isTickable(flow, id)}
        texts={{
          title: text(`steps.${id}.title`),
          why: text(`steps.${id}.why`),
          how: text(`steps.${id}.how`),
          action: optional(`steps.${id}.action`),
          offer: optional(`steps.${id}.offer`),
        }}
        doneAt={ticks[id]}
        onToggle={() => toggle(id)}
        note={notes[id]}
        onNote={(note) => wizard.send({ type: 'step.note', step: id, note })}
        onOffer={() => wizard.send({ type: 'offer.take', step: id })}
        extras={
          <StepExtras
            flow={flow}
            step={id}
            answers={answers}
            doneSteps={ordered.filter((other) => other !== id && ticks[other])}
            mailArrivedAt={mailArrivedAt}
            japanese={japanese}
          />
        }
      />
    );
  };

  return (
    <section className="plan" aria-labelledby="plan-title">
      <ScreenHeading id="plan-title" focusOnMount={focusOnMount}>
        <TextWithReadings text={t('plan.heading')} />
      </ScreenHeading>
      {returning && (
        <ResumeLine
          lastAt={lastAt}
          remaining={todo.length - done}
          next={next ? text(`steps.${next}.title`) : ''}
        />
      )}
      {plan.checks.map((id) => (
        <PlanCheck
          key={id}
          id={id}
          title={text(`steps.${id}.title`)}
          how={text(`steps.${id}.how`)}
          doneAt={ticks[id]}
          onToggle={() => toggle(id)}
        />
      ))}
      <PlanSection id="now" heading={t('plan.now')} count={plan.now.length} folded={false}>
        {plan.now.map((id) => card(id, true))}
      </PlanSection>
      <PlanSection id="today" heading={t('plan.today')} count={plan.today.length} folded>
        {plan.today.map((id) => card(id, false))}
      </PlanSection>
      <PlanSection id="later" heading={t('plan.later')} count={plan.later.length} folded>
        {plan.later.map((id) => card(id, false))}
      </PlanSection>
      <p className="progress-text">
        <TextWithReadings text={t('plan.progress', { done, total: todo.length })} />
        <progress value={done} max={todo.length} aria-hidden="true" />
      </p>
      {done === todo.length && (
        <p className="all-done">
          <TextWithReadings text={t('plan.allDone')} />
        </p>
      )}
      <p className="open-record">
        <button type="button" onClick={onOpenRecord} aria-describedby="open-record-hint">
          <TextWithReadings text={tr('open')} />
        </button>{' '}
        <span id="open-record-hint" className="hint">
          <TextWithReadings text={tr('openHint')} />
        </span>
      </p>
      <AnswerSummary
        flow={flow}
        answers={answers}
        onChange={() => wizard.send({ type: 'wizard.edit' })}
      />
      <RestartButton
        onConfirm={() => {
          onRestart();
          announce(t('status.restarted'));
        }}
      />
    </section>
  );
}
