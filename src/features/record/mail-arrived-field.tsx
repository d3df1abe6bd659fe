import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRecordTime, fromLocalInput, toLocalInput } from './record-time';
import { TextWithReadings } from '../../ui/text-with-readings';

interface Props {
  /** ISO, or '' when not given. */
  value: string;
  onChange: (iso: string) => void;
}

/** When the mail arrived: optional, the device's local time, never in the future. */
export function MailArrivedField({ value, onChange }: Props) {
  const { t, i18n } = useTranslation('record');
  const [max] = useState(() => toLocalInput(new Date().toISOString()));
  const [future, setFuture] = useState(false);

  const change = (input: string) => {
    const iso = fromLocalInput(input);
    if (iso && Date.parse(iso) > Date.now()) {
      setFuture(true);
      return;
    }
    setFuture(false);
    onChange(iso);
  };

  return (
    <section className="record-section" aria-labelledby="record-mail">
      <h2 id="record-mail">
        <TextWithReadings text={t('mail.heading')} />
      </h2>
      <p className="record-print-only">
        {value ? (
          formatRecordTime(value, i18n.language)
        ) : (
          <TextWithReadings text={t('mail.unknown')} />
        )}
      </p>
      <div className="record-mail-field">
        <label htmlFor="mail-arrived">
          <TextWithReadings text={t('mail.label')} />
        </label>
        <p id="mail-arrived-hint" className="record-hint">
          <TextWithReadings text={t('mail.hint')} />
        </p>
        <input
          id="mail-arrived"
          type="datetime-local"
          value={toLocalInput(value)}
          max={max}
          aria-describedby={future ? 'mail-arrived-hint mail-arrived-error' : 'mail-arrived-hint'}
          aria-invalid={future || undefined}
          onChange={(e) => change(e.target.value)}
        />
        {value && (
          <button type="button" onClick={() => change('')}>
            <TextWithReadings text={t('mail.clear')} />
          </button>
        )}
        {future && (
          <p id="mail-arrived-error" className="field-error" role="alert">
            <TextWithReadings text={t('mail.future')} />
          </p>
        )}
      </div>
    </section>
  );
}
