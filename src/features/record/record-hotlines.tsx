import { useTranslation } from 'react-i18next';
import type { RecordHotline } from './record-summary';

/** The hotlines of the plan's steps: name, number, hours. */
export function RecordHotlines({ hotlines }: { hotlines: RecordHotline[] }) {
  const { t } = useTranslation('record');
  if (hotlines.length === 0) return null;
  return (
    <section className="record-section" aria-labelledby="record-hotlines">
      <h2 id="record-hotlines">{t('hotlines.heading')}</h2>
      <ul className="record-hotlines">
        {hotlines.map((h) => (
          <li key={h.id}>
            <span className="record-hotline-name">{h.name}</span>{' '}
            <span className="record-hotline-number" translate="no">
              {h.number}
            </span>
            <span className="record-hotline-hours">
              {t('hotlines.hours')}: {h.hours}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
