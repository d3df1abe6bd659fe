import { useSelector } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import type { WizardActor } from '../../flow/machine';
import { planFor } from '../../flow/plan';
import { useDataText } from '../../i18n/data-text';
import { formatDoneTime } from '../../i18n/format-time';
import { useAnnounce } from '../../ui/live-status';
import { ScreenHeading } from '../../ui/screen-heading';
import { AnswerSummary } from './answer-summary';
import { useJapaneseText } from './japanese-text';
import { RestartButton } from './restart-button';
import { StepExtras } from './step-extras';
import { StepItem } from './step-item';

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
  const ticks = useSelector(wizard, (s) => s.context.ticks);
  const notes = useSelector(wizard, (s) => s.context.notes);
  const mailArrivedAt = useSelector(wizard, (s) => s.context.mailArrivedAt);
  const text = useDataText(flow.id);
  const steps = planFor(flow, answers);
  // In any other language than Japanese, the call steps also show their script in Japanese.
  const japanese = useJapaneseText(
    flow.id,
    steps.some((id) => flow.steps[id]?.script),
  );
  const done = steps.filter((id) => ticks[id]).length;

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

  return (
    <section className="plan" aria-labelledby="plan-title">
      <ScreenHeading id="plan-title" focusOnMount={focusOnMount}>
        {t('plan.heading')}
      </ScreenHeading>
      <p>{t('plan.intro')}</p>
      <p className="progress-text">
        {t('plan.progress', { done, total: steps.length })}
        <progress value={done} max={steps.length} aria-hidden="true" />
      </p>
      {done === steps.length && <p className="all-done">{t('plan.allDone')}</p>}
      <p className="open-record">
        <button type="button" onClick={onOpenRecord} aria-describedby="open-record-hint">
          {tr('open')}
        </button>{' '}
        <span id="open-record-hint" className="hint">
          {tr('openHint')}
        </span>
      </p>
      <ol className="steps">
        {steps.map((id) => (
          <StepItem
            key={id}
            id={id}
            title={text(`steps.${id}.title`)}
            why={text(`steps.${id}.why`)}
            how={text(`steps.${id}.how`)}
            hotlines={flow.steps[id]?.hotlines ?? []}
            sources={flow.steps[id]?.sources ?? []}
            doneAt={ticks[id]}
            onToggle={() => toggle(id)}
            note={notes[id]}
            onNote={(note) => wizard.send({ type: 'step.note', step: id, note })}
            extras={
              <StepExtras
                flow={flow}
                step={id}
                answers={answers}
                doneSteps={steps.filter((other) => other !== id && ticks[other])}
                mailArrivedAt={mailArrivedAt}
                japanese={japanese}
              />
            }
          />
        ))}
      </ol>
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
