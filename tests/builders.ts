/**
 * Test data, written once: the answer sets tests share, and builders for stored records that say
 * only what matters to the test.
 *   aRecord().answered(CARD_SENT_MONEY_GONE).ticked('close-page', '2026-11-29T01:05:00.000Z', '受付番号 A-1234').build()
 * Pure (no DOM, no React): the `unit` tests run in Node and import it too.
 */
import { getFlow, MAIN_FLOW_ID } from '../src/flow/registry';
import type { Answers } from '../src/flow/types';
import { emptyRecord, type ProgressRecord } from '../src/progress/record';

/**
 * The main flow's front door: a mail that claimed to be マイナポータル (what a record from before
 * the front door is migrated to). Every answer set of the main flow starts with it.
 */
export const FRONT_DOOR: Answers = { arrived: 'mail', claimed: 'mynaportal' };

/** Entered details on the scam page: how far (sent, part-way), what, downloaded, money gone. */
export const entered = (
  sent: string,
  what: string[],
  downloaded = 'no',
  money = 'no',
): Answers => ({
  ...FRONT_DOOR,
  'what-happened': 'entered',
  sent,
  'what-entered': what,
  downloaded,
  'money-gone': money,
});

/** Clicked the link (entered nothing): downloaded an app or not, money gone or not. */
export const clicked = (downloaded = 'no', money = 'no'): Answers => ({
  ...FRONT_DOOR,
  'what-happened': 'clicked',
  downloaded,
  'money-gone': money,
});

/** Only received or opened the mail: one answer past the front door, and the plan. */
export const OPENED_ONLY: Answers = { ...FRONT_DOOR, 'what-happened': 'opened' };

/** Clicked the link, downloaded nothing, no money gone. */
export const CLICKED_ONLY: Answers = clicked();

/** Entered card details, sent them, and money is gone: the longest plan of the main flow. */
export const CARD_SENT_MONEY_GONE: Answers = entered('sent', ['card'], 'no', 'yes');

/** As CARD_SENT_MONEY_GONE, with name, address, phone and birth date sent too (the call script). */
export const CARD_AND_PERSONAL_SENT_MONEY_GONE: Answers = entered(
  'sent',
  ['card', 'personal'],
  'no',
  'yes',
);

/** A stored record for the main flow, with sensible defaults. */
export function progressRecord(parts: Partial<ProgressRecord> = {}): ProgressRecord {
  return {
    // The app's own empty record: a field added there is here too.
    ...emptyRecord(getFlow(MAIN_FLOW_ID)),
    flowVersion: 1,
    answeredAt: '2026-11-29T01:00:00.000Z',
    updatedAt: '2026-11-29T01:00:00.000Z',
    ...parts,
  };
}

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
