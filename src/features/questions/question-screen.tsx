import { useSelector } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import type { WizardActor } from '../../flow/machine';
import { longestRemaining } from '../../flow/path';
import { useDataText } from '../../i18n/data-text';
import { MixedLanguageText } from '../../ui/mixed-language-text';
import { ScreenHeading } from '../../ui/screen-heading';
import { ChoiceAnswers } from './choice-answers';
import { MultiAnswers } from './multi-answers';

interface Props {
  wizard: WizardActor;
  question: string;
  focusOnMount: boolean;
  /** Back from the first question leaves this flow for the one it was entered from. */
  onLeave?: () => void;
}

export function QuestionScreen({ wizard, question, focusOnMount, onLeave }: Props) {
  const { t } = useTranslation();
  const flow = useSelector(wizard, (s) => s.context.flow);
  const history = useSelector(wizard, (s) => s.context.history);
  const previous = useSelector(wizard, (s) => s.context.answers[question]);
  const text = useDataText(flow.id);
  const q = flow.questions[question];
  if (!q) return null;

  const current = history.length + 1;
  const total = history.length + longestRemaining(flow, question);
  const select = (answer: string | string[]) =>
    wizard.send({ type: 'answer.select', answer, at: new Date().toISOString() });

  return (
    <section className="question" aria-labelledby="question-title">
      <p className="progress-text">
        {t('question.progress', { current, total })}
        <progress value={current} max={total} aria-hidden="true" />
      </p>
      <ScreenHeading id="question-title" focusOnMount={focusOnMount}>
        <MixedLanguageText text={text(`questions.${question}.title`)} />
      </ScreenHeading>
      <p className="hint" id="question-hint">
        <MixedLanguageText text={text(`questions.${question}.hint`)} />
      </p>
      {q.kind === 'multi' ? (
        <MultiAnswers
          question={question}
          options={q.options}
          previous={Array.isArray(previous) ? previous : []}
          label={(option) => text(`answers.${question}.${option}`)}
          onSubmit={select}
        />
      ) : (
        <ChoiceAnswers
          answers={Object.keys(q.answers)}
          previous={typeof previous === 'string' ? previous : undefined}
          label={(answer) => text(`answers.${question}.${answer}`)}
          onSelect={select}
        />
      )}
      {(history.length > 0 || onLeave) && (
        <button
          type="button"
          className="back"
          onClick={() => (history.length > 0 ? wizard.send({ type: 'wizard.back' }) : onLeave?.())}
        >
          {t('question.back')}
        </button>
      )}
    </section>
  );
}
