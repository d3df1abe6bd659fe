import { useTranslation } from 'react-i18next';
import type { RecordSummary } from './record-summary';
import { formatRecordTime } from './record-time';
import { TextWithReadings } from '../../ui/text-with-readings';

type Props = Pick<RecordSummary, 'answers' | 'answeredAt'>;

/** What happened: the answers given, including the kinds of information entered. */
export function RecordAnswers({ answers, answeredAt }: Props) {
  const { t, i18n } = useTranslation('record');
  return (
    <section className="record-section" aria-labelledby="record-what">
      <h2 id="record-what">
        <TextWithReadings text={t('what.heading')} />
      </h2>
      <dl className="record-answers">
        {answers.map((a) => (
          <div key={a.question}>
            <dt>
              <TextWithReadings text={a.question} />
            </dt>
            <dd>
              <TextWithReadings text={a.answer} />
            </dd>
          </div>
        ))}
        {answeredAt && (
          <div>
            <dt>
              <TextWithReadings text={t('what.answeredAt')} />
            </dt>
            <dd>{formatRecordTime(answeredAt, i18n.language)}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
