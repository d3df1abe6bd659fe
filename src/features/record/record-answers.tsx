import { useTranslation } from 'react-i18next';
import type { RecordSummary } from './record-summary';
import { formatRecordTime } from './record-time';

type Props = Pick<RecordSummary, 'answers' | 'answeredAt'>;

/** What happened: the answers given, including the kinds of information entered. */
export function RecordAnswers({ answers, answeredAt }: Props) {
  const { t, i18n } = useTranslation('record');
  return (
    <section className="record-section" aria-labelledby="record-what">
      <h2 id="record-what">{t('what.heading')}</h2>
      <dl className="record-answers">
        {answers.map((a) => (
          <div key={a.question}>
            <dt>{a.question}</dt>
            <dd>{a.answer}</dd>
          </div>
        ))}
        {answeredAt && (
          <div>
            <dt>{t('what.answeredAt')}</dt>
            <dd>{formatRecordTime(answeredAt, i18n.language)}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
