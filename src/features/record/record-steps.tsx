import { useTranslation } from 'react-i18next';
import type { RecordStep } from './record-summary';
import { formatRecordTime } from './record-time';
import { TextWithReadings } from '../../ui/text-with-readings';

interface Props {
  done: RecordStep[];
  todo: RecordStep[];
}

/** Steps done (when, and the person's note), then steps still to do. */
export function RecordSteps({ done, todo }: Props) {
  const { t, i18n } = useTranslation('record');
  const note = (step: RecordStep) =>
    step.note && (
      <p className="record-note">
        <span className="label">
          <TextWithReadings text={t('note')} />:{' '}
        </span>
        {step.note}
      </p>
    );
  return (
    <>
      <section className="record-section" aria-labelledby="record-done">
        <h2 id="record-done">
          <TextWithReadings text={t('done.heading', { count: done.length })} />
        </h2>
        {done.length === 0 ? (
          <p>
            <TextWithReadings text={t('done.none')} />
          </p>
        ) : (
          <ol className="record-steps">
            {done.map((step) => (
              <li key={step.id}>
                <time dateTime={step.at} className="record-time">
                  {formatRecordTime(step.at, i18n.language)}
                </time>{' '}
                <span className="record-step-title">
                  <TextWithReadings text={step.title} />
                </span>
                {note(step)}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="record-section" aria-labelledby="record-todo">
        <h2 id="record-todo">
          <TextWithReadings text={t('todo.heading', { count: todo.length })} />
        </h2>
        {todo.length === 0 ? (
          <p>
            <TextWithReadings text={t('todo.none')} />
          </p>
        ) : (
          <ul className="record-steps">
            {todo.map((step) => (
              <li key={step.id}>
                <span className="record-step-title">
                  <TextWithReadings text={step.title} />
                </span>
                {note(step)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
