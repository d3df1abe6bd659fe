import { useTranslation } from 'react-i18next';
import type { RecordReference } from './record-summary';
import { TextWithReadings } from '../../ui/text-with-readings';

/** Reference numbers from the notes, large, to read out on the phone. */
export function RecordReferences({ references }: { references: RecordReference[] }) {
  const { t } = useTranslation('record');
  if (references.length === 0) return null;
  return (
    <section className="record-references" aria-labelledby="record-references">
      <h2 id="record-references">
        <TextWithReadings text={t('references.heading')} />
      </h2>
      <p className="record-hint">
        <TextWithReadings text={t('references.hint')} />
      </p>
      <ul>
        {references.map((r) => (
          <li key={r.step}>
            <span className="record-ref-step">
              <TextWithReadings text={r.title} />
            </span>
            {r.numbers.map((n) => (
              <span key={n} className="record-ref" translate="no">
                {n}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
