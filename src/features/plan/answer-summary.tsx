import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { walk } from '../../flow/path';
import type { Answers, Flow } from '../../flow/types';
import { useDataText } from '../../i18n/data-text';
import { answerLabels } from '../../i18n/lure-strings';
import { plainText } from '../../i18n/readings';
import { MixedLanguageText } from '../../ui/mixed-language-text';
import { TextWithReadings } from '../../ui/text-with-readings';
import { ChangeAnswerContext } from './change-answer';

interface Props {
  flow: Flow;
  answers: Answers;
  onChange: () => void;
}

/** The answers the plan was made from, with a way back to change them. */
export function AnswerSummary({ flow, answers, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const list = new Intl.ListFormat(i18n.language, { type: 'unit' });
  const text = useDataText(flow.id);
  const changeOne = use(ChangeAnswerContext);
  const onPath = walk(flow, answers);
  const label = answerLabels(flow, answers, text);
  return (
    <section className="answer-summary" aria-labelledby="answers-heading">
      <h2 id="answers-heading">{t('plan.answersHeading')}</h2>
      <dl>
        {onPath.asked.map((question) => {
          const answer = onPath.answers[question] ?? [];
          const chosen = Array.isArray(answer) ? answer : [answer];
          const title = text(`questions.${question}.title`);
          return (
            <div key={question}>
              <dt>
                <MixedLanguageText text={title} />
              </dt>
              <dd>
                <MixedLanguageText text={list.format(chosen.map((a) => label(question, a)))} />
                {changeOne && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="change-one"
                      aria-label={plainText(
                        t('plan.changeOneLabel', { question: title }),
                        i18n.language,
                      )}
                      onClick={() => changeOne(question)}
                    >
                      <TextWithReadings text={t('plan.changeOne')} />
                    </button>
                  </>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      <button type="button" onClick={onChange}>
        {t('plan.changeAnswers')}
      </button>
    </section>
  );
}
