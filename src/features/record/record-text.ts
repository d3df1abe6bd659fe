import type { TFunction } from 'i18next';
import { plainText } from '../../i18n/readings';
import { detailLines, type RecordText } from './call-details-lines';
import type { RecordSummary } from './record-summary';
import { formatRecordTime } from './record-time';

export interface TextOptions {
  t: TFunction<'record'>;
  lng: string;
  /** When the text is made (ISO). */
  madeAt: string;
  /** For tests; the device's own zone otherwise. */
  timeZone?: string;
  /** The record's Japanese texts, in another language: each call-details label gets its Japanese. */
  ja?: RecordText;
  /** The Japanese sentences to read out on the call (in another language, once they are loaded). */
  readOut?: string[];
}

/** A line of the app's own words, or one holding what the person typed (kept exactly). */
type Line = string | { asTyped: string };

/** The record as plain text: for the clipboard, the .txt file and sharing. */
export function recordText(summary: RecordSummary, options: TextOptions) {
  const { t, lng, madeAt, timeZone, ja, readOut = [] } = options;
  const time = (iso: string) => formatRecordTime(iso, lng, timeZone);
  const none = t('text.none');
  const lines: Line[] = [t('text.title'), t('madeAt', { time: time(madeAt) }), ''];
  const section = (heading: string, body: Line[]) => {
    lines.push(`■ ${heading}`, ...(body.length > 0 ? body : [none]), '');
  };
  const note = (text: string | undefined): Line[] =>
    text ? [{ asTyped: `    ${plainText(t('note'), lng)}: ${text}` }] : [];

  if (summary.references.length > 0) {
    section(
      t('references.heading'),
      summary.references.map((r) => `${r.title}: ${r.numbers.join(' / ')}`),
    );
  }
  section(t('what.heading'), [
    ...summary.answers.map((a) => `${a.question} ${a.answer}`),
    ...(summary.answeredAt ? [`${t('what.answeredAt')}: ${time(summary.answeredAt)}`] : []),
    `${t('mail.heading')}: ${summary.mailArrivedAt ? time(summary.mailArrivedAt) : t('mail.unknown')}`,
  ]);
  // Beside each label its Japanese (and the Japanese word for a chosen kind), to read out.
  const japanese = ja && detailLines(summary.details, ja, 'ja', timeZone);
  const mine = detailLines(summary.details, (key) => t(key as 'note'), lng, timeZone);
  section(
    t('details.heading'),
    mine.map((line, i): Line => {
      const inJa = japanese?.[i];
      const label = plainText(inJa ? `${line.label} · ${inJa.label}` : line.label, lng);
      if (!line.value) return `${label}: ${t('details.none')}`;
      const value = inJa && line.field === 'payment' ? `${line.value} · ${inJa.value}` : line.value;
      // A name or amount is kept as typed; a chosen kind is the app's own words.
      return line.field === 'payment' ? `${label}: ${value}` : { asTyped: `${label}: ${value}` };
    }),
  );
  // Japanese, holding what was typed: kept as it is.
  if (readOut.length > 0) {
    section(
      t('text.readOut'),
      readOut.map((line) => ({ asTyped: line })),
    );
  }
  section(
    t('done.heading', { count: summary.done.length }),
    summary.done.flatMap((s) => [`${time(s.at)}  ${s.title}`, ...note(s.note)]),
  );
  section(
    t('todo.heading', { count: summary.todo.length }),
    summary.todo.flatMap((s) => [t('text.line', { text: s.title }), ...note(s.note)]),
  );
  section(
    t('hotlines.heading'),
    summary.hotlines.flatMap((h) => [
      `${h.name}: ${h.number}`,
      `    ${t('hotlines.hours')}: ${h.hours}`,
    ]),
  );
  lines.push(t('text.footer'));
  // Readings in brackets (止(と)める) are drawn as ruby on the screen; a text read elsewhere
  // would say each word twice, so it keeps the kanji only. The person's notes stay as typed.
  const text = lines.map((line) =>
    typeof line === 'string' ? plainText(line, lng) : line.asTyped,
  );
  return text.join('\n') + '\n';
}
