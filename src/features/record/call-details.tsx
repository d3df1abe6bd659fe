import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FREE_TEXT_FIELDS,
  MAX_DETAIL_LENGTH,
  PAYMENT_KINDS,
  type CallDetails as Details,
  type DetailField,
} from '../../flow/details';
import { plainText } from '../../i18n/readings';
import { looksSecret } from '../../flow/looks-secret';
import { useAnnounce } from '../../ui/live-status';
import { TextWithReadings } from '../../ui/text-with-readings';
import { detailLines, type RecordText } from './call-details-lines';
import { fromLocalInput, toLocalInput } from './record-time';

interface Props {
  details: Details;
  /** Called only with values that passed the checks below; '' removes a field. */
  onSet: (field: DetailField, value: string) => void;
  /** The record's Japanese texts, on a page in another language (shown beside each label). */
  ja: RecordText | undefined;
}

type Drafts = Record<DetailField, string>;

const draftsOf = (details: Details): Drafts => ({
  company: details.company ?? '',
  noticedAt: toLocalInput(details.noticedAt ?? ''),
  amount: details.amount ?? '',
  payment: details.payment ?? '',
});

/**
 * What the phone call will ask (the card company's or bank's name, when it was noticed, the
 * amount, how it was paid), all optional. Free text is checked for secrets before anything is
 * kept, with the same words as the step notes.
 */
export function CallDetails({ details, onSet, ja }: Props) {
  const { t, i18n } = useTranslation('record');
  const announce = useAnnounce();
  const [drafts, setDrafts] = useState(() => draftsOf(details));
  const [errors, setErrors] = useState<Partial<Record<DetailField, string>>>({});
  const [max] = useState(() => toLocalInput(new Date().toISOString()));
  const text: RecordText = (key) => t(key as 'details.heading');
  const plain = (key: string) => plainText(text(key), i18n.language);
  const lines = detailLines(details, text, i18n.language);
  const given = lines.some((line) => line.value);
  const jaLabel = (field: DetailField) =>
    ja && <span lang="ja">{` · ${ja(`details.fields.${field}`)}`}</span>;

  const values = (): Drafts => ({ ...drafts, noticedAt: fromLocalInput(drafts.noticedAt) });
  const save = (event: FormEvent) => {
    event.preventDefault();
    const next = values();
    const found: Partial<Record<DetailField, string>> = {};
    for (const field of FREE_TEXT_FIELDS) {
      const secret = looksSecret(next[field]);
      if (secret) found[field] = t(`stepNote.secret.${secret}`);
    }
    if (next.noticedAt && Date.parse(next.noticedAt) > Date.now()) {
      found.noticedAt = t('details.future');
    }
    setErrors(found);
    // Nothing is kept while any field is refused: the person fixes it, then saves once.
    if (Object.keys(found).length > 0) return;
    for (const [field, value] of Object.entries(next) as [DetailField, string][]) {
      if (value.trim() !== (details[field] ?? '')) onSet(field, value);
    }
    announce(plain('details.saved'));
  };

  const input = (field: DetailField, props: { type: string; hint?: string }) => {
    const id = `details-${field}`;
    const error = errors[field];
    const describedBy = [props.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean);
    return (
      <div className="record-details-field">
        <label htmlFor={id}>
          <TextWithReadings text={t(`details.fields.${field}`)} />
          {jaLabel(field)}
        </label>
        {props.hint && (
          <p id={`${id}-hint`} className="record-hint">
            <TextWithReadings text={props.hint} />
          </p>
        )}
        {field === 'payment' ? (
          <select
            id={id}
            value={drafts.payment}
            onChange={(e) => setDrafts({ ...drafts, payment: e.target.value })}
          >
            {/* An option holds plain text only: no ruby, so no readings. */}
            <option value="">{plain('details.payments.none')}</option>
            {PAYMENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {plain(`details.payments.${kind}`)}
              </option>
            ))}
          </select>
        ) : (
          <input
            id={id}
            type={props.type}
            value={drafts[field]}
            max={props.type === 'datetime-local' ? max : undefined}
            maxLength={props.type === 'text' ? MAX_DETAIL_LENGTH : undefined}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
            onChange={(e) => setDrafts({ ...drafts, [field]: e.target.value })}
          />
        )}
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            <TextWithReadings text={error} />
          </p>
        )}
      </div>
    );
  };

  return (
    // Nothing given: on paper the section goes (the fields do not print), to keep one A4 page.
    <section
      className={given ? 'record-section record-details' : 'record-section record-details empty'}
      aria-labelledby="record-details"
    >
      <h2 id="record-details">
        <TextWithReadings text={t('details.heading')} />
      </h2>
      <p className="record-hint">
        <TextWithReadings text={t('details.hint')} />
      </p>
      {/* On paper the values, not the fields: the label, its Japanese, and what was given. */}
      {given && (
        <dl className="record-print-only record-details-list">
          {lines.map((line) => (
            <div key={line.field}>
              <dt>
                <TextWithReadings text={line.label} />
                {jaLabel(line.field)}
              </dt>
              {/* What the person typed is shown as typed; the app's own words with readings. */}
              <dd>
                {line.field === 'company' || line.field === 'amount' ? (
                  line.value || <TextWithReadings text={t('details.none')} />
                ) : (
                  <TextWithReadings text={line.value || t('details.none')} />
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <form className="record-details-form" onSubmit={save}>
        {input('company', { type: 'text' })}
        {input('noticedAt', { type: 'datetime-local' })}
        {input('amount', { type: 'text', hint: t('details.amountHint') })}
        {input('payment', { type: 'select' })}
        <button type="submit">
          <TextWithReadings text={t('details.save')} />
        </button>
      </form>
    </section>
  );
}
