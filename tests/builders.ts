/**
 * Test-data builders for stored records: say only what matters to the test.
 *   aRecord().answered(CARD_SENT).ticked('close-page', '2026-11-29T01:05:00.000Z', '受付番号 A-1234').build()
 */
import type { Answers } from '../src/flow/types';
import type { ProgressRecord } from '../src/progress/record';
import { progressRecord } from './test-utils';

/** Entered card details, sent them, and money is gone: the longest plan of the main flow. */
export const CARD_SENT_MONEY_GONE: Answers = {
  'what-happened': 'entered',
  sent: 'sent',
  'what-entered': ['card'],
  downloaded: 'no',
  'money-gone': 'yes',
};

/** Clicked the link, downloaded nothing, no money gone. */
export const CLICKED_ONLY: Answers = {
  'what-happened': 'clicked',
  downloaded: 'no',
  'money-gone': 'no',
};

export class RecordBuilder {
  private record: ProgressRecord = progressRecord();

  answered(answers: Answers, at = '2026-11-29T01:00:00.000Z'): this {
    this.record = { ...this.record, answers, answeredAt: at };
    return this;
  }

  ticked(step: string, at: string, note?: string): this {
    this.record = { ...this.record, ticks: { ...this.record.ticks, [step]: at } };
    return note === undefined ? this : this.noted(step, note);
  }

  noted(step: string, note: string): this {
    this.record = { ...this.record, notes: { ...this.record.notes, [step]: note } };
    return this;
  }

  mailArrived(at: string): this {
    this.record = { ...this.record, mailArrivedAt: at };
    return this;
  }

  build(): ProgressRecord {
    const times = [this.record.answeredAt, ...Object.values(this.record.ticks)].sort();
    return { ...this.record, updatedAt: times.at(-1) ?? '' };
  }
}

export const aRecord = () => new RecordBuilder();

/** A typical record: a card incident, three steps done with notes, the mail's arrival known. */
export function typicalCardRecord(): ProgressRecord {
  return aRecord()
    .answered(CARD_SENT_MONEY_GONE)
    .mailArrived('2026-11-28T12:10:00.000Z')
    .ticked('close-page', '2026-11-29T01:02:00.000Z')
    .ticked('call-card-issuer', '2026-11-29T01:20:00.000Z', '受付番号 A-2026-118734 田中さん')
    .ticked('police', '2026-11-29T02:45:00.000Z', '新宿警察署 生活安全課 相談番号 5521')
    .build();
}
