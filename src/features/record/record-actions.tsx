import { useTranslation } from 'react-i18next';
import { plainText } from '../../i18n/readings';
import { FeedbackText, useActionFeedback } from '../../ui/action-feedback';
import { TextWithReadings } from '../../ui/text-with-readings';
import { downloadFile } from './download-file';
import type { RecordText } from './call-details-lines';
import { buildIcs, reminderTimes } from './record-ics';
import type { RecordSummary } from './record-summary';
import { recordText } from './record-text';
import { localDate } from './record-time';

const canShare = () => typeof navigator !== 'undefined' && 'share' in navigator;

function newUid(): string {
  const id =
    typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `${id}@first-aid.invalid`;
}

interface Props {
  summary: RecordSummary;
  /** In another language: the record's Japanese texts and the sentences to read out, once loaded. */
  ja?: RecordText;
  readOut?: string[];
}

/** Ways to take the record off the device: print, copy, .txt, share, and calendar reminders. */
export function RecordActions({ summary, ja, readOut }: Props) {
  const { t, i18n } = useTranslation('record');
  const { t: tc } = useTranslation();
  // One line of feedback under the row of buttons, one under the calendar button.
  const rowFeedback = useActionFeedback();
  const calendarFeedback = useActionFeedback();
  const lng = i18n.language;
  // What leaves the app carries no readings (止(と)める → 止める): they are for the screen only.
  const plain = (value: string) => plainText(value, lng);
  const text = () => recordText(summary, { t, lng, madeAt: new Date().toISOString(), ja, readOut });
  const today = () => localDate(new Date());

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      rowFeedback.show('done', tc('feedback.copied'), t('keep.copied'));
    } catch {
      rowFeedback.show('failed', tc('feedback.copyFailed'), t('keep.copyFailed'));
    }
  };
  const share = async () => {
    try {
      await navigator.share({ title: plain(t('heading')), text: text() });
    } catch (error) {
      // The person closed the share sheet: nothing to say.
      if (!(error instanceof DOMException && error.name === 'AbortError')) {
        rowFeedback.show('failed', tc('feedback.shareFailed'), t('keep.shareFailed'));
      }
    }
  };
  /** Saves a file made on the device, and says whether that worked. */
  const save = (feedback: typeof rowFeedback, makeAndSave: () => void) => {
    try {
      makeAndSave();
      feedback.show('done', tc('feedback.saved'), t('keep.saved'));
    } catch {
      feedback.show('failed', tc('feedback.saveFailed'));
    }
  };
  const saveText = () =>
    save(rowFeedback, () =>
      // With a byte order mark, so older Windows editors read the Japanese correctly.
      downloadFile(
        plain(t('file.txt', { date: today() })),
        `\uFEFF${text()}`,
        'text/plain;charset=utf-8',
      ),
    );
  const saveCalendar = () =>
    save(calendarFeedback, () => {
      const now = new Date();
      const { week, month, threeMonths } = reminderTimes(now);
      const event = {
        duration: 30,
        description: plain(t('ics.description')),
        alarm: plain(t('ics.alarm')),
      };
      const ics = buildIcs(
        [
          { ...event, uid: newUid(), start: week, summary: plain(t('ics.week')) },
          { ...event, uid: newUid(), start: month, summary: plain(t('ics.month')) },
          { ...event, uid: newUid(), start: threeMonths, summary: plain(t('ics.threeMonths')) },
        ],
        now,
        lng,
      );
      downloadFile(plain(t('file.ics', { date: today() })), ics, 'text/calendar;charset=utf-8');
    });

  return (
    <section className="record-keep" aria-labelledby="record-keep">
      <h2 id="record-keep">
        <TextWithReadings text={t('keep.heading')} />
      </h2>
      <p className="record-hint">
        <TextWithReadings text={t('keep.hint')} />
      </p>
      <div className="record-buttons">
        {/* Printing needs no line of its own: the browser's print dialog is the feedback. */}
        <button type="button" className="primary" onClick={() => window.print()}>
          <TextWithReadings text={t('keep.print')} />
        </button>
        <button type="button" onClick={() => void copy()}>
          <TextWithReadings text={t('keep.copy')} />
        </button>
        <button type="button" onClick={saveText}>
          <TextWithReadings text={t('keep.download')} />
        </button>
        {canShare() && (
          <button type="button" onClick={() => void share()}>
            <TextWithReadings text={t('keep.share')} />
          </button>
        )}
      </div>
      <p className="record-feedback">
        <FeedbackText shown={rowFeedback.shown} />
      </p>
      <p className="record-calendar">
        <button type="button" onClick={saveCalendar} aria-describedby="record-calendar-hint">
          <TextWithReadings text={t('keep.calendar')} />
        </button>
      </p>
      <p className="record-feedback">
        <FeedbackText shown={calendarFeedback.shown} />
      </p>
      <p id="record-calendar-hint" className="record-hint">
        <TextWithReadings text={t('keep.calendarHint')} />
      </p>
    </section>
  );
}
