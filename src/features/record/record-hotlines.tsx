import { useTranslation } from 'react-i18next';
import { TelLink } from '../../ui/hotlines/tel-link';
import { TextWithReadings } from '../../ui/text-with-readings';
import type { RecordHotline } from './record-summary';

/** The hotlines of the plan's steps: name, number, hours. */
export function RecordHotlines({ hotlines }: { hotlines: RecordHotline[] }) {
  const { t } = useTranslation('record');
  const { t: tc } = useTranslation();
  if (hotlines.length === 0) return null;
  return (
    <section className="record-section" aria-labelledby="record-hotlines">
      <h2 id="record-hotlines">
        <TextWithReadings text={t('hotlines.heading')} />
      </h2>
      <ul className="record-hotlines">
        {hotlines.map((h) => (
          <li key={h.id}>
            <span className="record-hotline-name">
              <TextWithReadings text={h.name} />
            </span>{' '}
            {/* Tap to call; the number stays readable, on paper too (iOS will not dial # codes). */}
            <TelLink number={h.number} className="record-hotline-number" />
            <span className="record-hotline-hours">
              <TextWithReadings text={t('hotlines.hours')} />: <TextWithReadings text={h.hours} />
            </span>
          </li>
        ))}
      </ul>
      <p className="record-hint">
        <TextWithReadings text={tc('hotline.dialByHand')} />
      </p>
    </section>
  );
}
