import { DETAIL_FIELDS, type CallDetails, type DetailField } from '../../flow/details';
import { formatRecordTime } from './record-time';

/** A key of the record namespace to its text, in one language. */
export type RecordText = (key: string) => string;

export interface DetailLine {
  field: DetailField;
  label: string;
  /** '' when the person has not given it. */
  value: string;
}

/**
 * The call details as label and value, in the order a caller is asked them. The same lines make
 * the screen, the .txt and, with the Japanese texts, the sentences to read out.
 */
export function detailLines(
  details: CallDetails,
  text: RecordText,
  lng: string,
  timeZone?: string,
): DetailLine[] {
  return DETAIL_FIELDS.map((field) => {
    const raw = details[field] ?? '';
    const value =
      raw === ''
        ? ''
        : field === 'noticedAt'
          ? formatRecordTime(raw, lng, timeZone)
          : field === 'payment'
            ? text(`details.payments.${raw}`)
            : raw;
    return { field, label: text(`details.fields.${field}`), value };
  });
}

/** The details given, as Japanese lines to read out ("カード会社・銀行の名前: …"). */
export function japaneseDetailLines(details: CallDetails, ja: RecordText, timeZone?: string) {
  return detailLines(details, ja, 'ja', timeZone)
    .filter((line) => line.value !== '')
    .map((line) => `${line.label}: ${line.value}`);
}
