import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../ui/live-status';
import { downloadFile } from './download-file';
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

/** Ways to take the record off the device: print, copy, .txt, share, and calendar reminders. */
export function RecordActions({ summary }: { summary: RecordSummary }) {
  const { t, i18n } = useTranslation('record');
  const announce = useAnnounce();
  const lng = i18n.language;
  const text = () => recordText(summary, { t, lng, madeAt: new Date().toISOString() });
  const today = () => localDate(new Date());

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      announce(t('keep.copied'));
    } catch {
      announce(t('keep.copyFailed'));
    }
  };
  const share = async () => {
    try {
      await navigator.share({ title: t('heading'), text: text() });
    } catch (error) {
      // The person closed the share sheet: nothing to say.
      if (!(error instanceof DOMException && error.name === 'AbortError')) {
        announce(t('keep.shareFailed'));
      }
    }
  };
  const saveText = () => {
    // With a byte order mark, so older Windows editors read the Japanese correctly.
    downloadFile(t('file.txt', { date: today() }), `\uFEFF${text()}`, 'text/plain;charset=utf-8');
    announce(t('keep.saved'));
  };
  const saveCalendar = () => {
    const now = new Date();
    const { week, month } = reminderTimes(now);
    const event = { duration: 30, description: t('ics.description'), alarm: t('ics.alarm') };
    const ics = buildIcs(
      [
        { ...event, uid: newUid(), start: week, summary: t('ics.week') },
        { ...event, uid: newUid(), start: month, summary: t('ics.month') },
      ],
      now,
      lng,
    );
    downloadFile(t('file.ics', { date: today() }), ics, 'text/calendar;charset=utf-8');
    announce(t('keep.saved'));
  };

  return (
    <section className="record-keep" aria-labelledby="record-keep">
      <h2 id="record-keep">{t('keep.heading')}</h2>
      <p className="record-hint">{t('keep.hint')}</p>
      <div className="record-buttons">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('keep.print')}
        </button>
        <button type="button" onClick={() => void copy()}>
          {t('keep.copy')}
        </button>
        <button type="button" onClick={saveText}>
          {t('keep.download')}
        </button>
        {canShare() && (
          <button type="button" onClick={() => void share()}>
            {t('keep.share')}
          </button>
        )}
      </div>
      <p className="record-calendar">
        <button type="button" onClick={saveCalendar} aria-describedby="record-calendar-hint">
          {t('keep.calendar')}
        </button>
      </p>
      <p id="record-calendar-hint" className="record-hint">
        {t('keep.calendarHint')}
      </p>
    </section>
  );
}
