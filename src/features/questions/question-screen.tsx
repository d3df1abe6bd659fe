import { TextWithReadings } from '../../ui/text-with-readings';
import { useSelector } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import type { WizardActor } from '../../flow/machine';
import { questionsLeft } from '../../flow/path';
import { useDataText } from '../../i18n/data-text';
import { answerLabels } from '../../i18n/lure-strings';
import { MixedLanguageText } from '../../ui/mixed-language-text';
import { ScreenHeading } from '../../ui/screen-heading';
import { ChoiceAnswers } from './choice-answers';
import { MultiAnswers } from './multi-answers';

interface Props {
  wizard: WizardActor;
  question: string;
  focusOnMount: boolean;
  /** Back: the previous question, or from the first one the flow this one was entered from. */
  onBack: () => void;
  /** This flow was entered from another one, so its first question has a Back too. */
  canLeave: boolean;
  /** Questions answered in earlier flows: the counter goes on from them, never back to 1. */
  questionsBefore: number;
}

export function QuestionScreen(props: Props) {
  const { wizard, question, focusOnMount, onBack, canLeave, questionsBefore } = props;
  const { t } = useTranslation();
  const flow = useSelector(wizard, (s) => s.context.flow);
  const history = useSelector(wizard, (s) => s.context.history);
  const answers = useSelector(wizard, (s) => s.context.answers);
  const previous = answers[question];
  // Opened from the plan to change this one answer: Back returns to the plan.
  const fromPlan = useSelector(wizard, (s) => s.context.editing === question);
  const text = useDataText(flow.id);
  const q = flow.questions[question];
  if (!q) return null;

  // The lure picked names some answers in its own words (a securities company's login).
  const label = answerLabels(flow, answers, text);
  const current = questionsBefore + history.length + 1;
  const total = current - 1 + questionsLeft(flow, question, answers);
  const select = (answer: string | string[]) =>
    wizard.send({ type: 'answer.select', answer, at: new Date().toISOString() });

  return (
    <section className="question" aria-labelledby="question-title">
      <p className="progress-text">
        <TextWithReadings text={t('question.progress', { current, total })} />
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
          label={(option) => label(question, option)}
          onSubmit={select}
        />
      ) : (
        <ChoiceAnswers
          answers={Object.keys(q.answers)}
          previous={typeof previous === 'string' ? previous : undefined}
          label={(answer) => label(question, answer)}
          onSelect={select}
        />
      )}
      {(history.length > 0 || canLeave || fromPlan) && (
        <button type="button" className="back" onClick={onBack}>
          <TextWithReadings text={t('question.back')} />
        </button>
      )}
    </section>
  );
}
