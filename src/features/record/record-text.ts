import type { TFunction } from 'i18next';
import type { RecordSummary } from './record-summary';
import { formatRecordTime } from './record-time';

export interface TextOptions {
  t: TFunction<'record'>;
  lng: string;
  /** When the text is made (ISO). */
  madeAt: string;
  /** For tests; the device's own zone otherwise. */
  timeZone?: string;
}

/** The record as plain text: for the clipboard, the .txt file and sharing. */
export function recordText(summary: RecordSummary, { t, lng, madeAt, timeZone }: TextOptions) {
  const time = (iso: string) => formatRecordTime(iso, lng, timeZone);
  const none = t('text.none');
  const lines: string[] = [t('text.title'), t('madeAt', { time: time(madeAt) }), ''];
  const section = (heading: string, body: string[]) => {
    lines.push(`■ ${heading}`, ...(body.length > 0 ? body : [none]), '');
  };

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
  section(
    t('done.heading', { count: summary.done.length }),
    summary.done.flatMap((s) => [
      `${time(s.at)}  ${s.title}`,
      ...(s.note ? [`    ${t('note')}: ${s.note}`] : []),
    ]),
  );
  section(
    t('todo.heading', { count: summary.todo.length }),
    summary.todo.flatMap((s) => [
      t('text.line', { text: s.title }),
      ...(s.note ? [`    ${t('note')}: ${s.note}`] : []),
    ]),
  );
  section(
    t('hotlines.heading'),
    summary.hotlines.flatMap((h) => [
      `${h.name}: ${h.number}`,
      `    ${t('hotlines.hours')}: ${h.hours}`,
    ]),
  );
  lines.push(t('text.footer'));
  return lines.join('\n') + '\n';
}
