import { useTranslation } from 'react-i18next';
import { hasReadings, readingRuns } from '../i18n/readings';

/**
 * A text of the page's language. In やさしい日本語 each reading written in brackets, 止(と)める,
 * is drawn as ruby above its kanji. The reading is hidden from screen readers, which read the
 * kanji in context: in brackets, or unhidden, every word would be said twice.
 */
export function TextWithReadings({ text }: { text: string }) {
  const { i18n } = useTranslation();
  if (!hasReadings(i18n.language)) return text;
  return readingRuns(text).map((run, i) =>
    'base' in run ? (
      <ruby key={i}>
        {run.base}
        <rt aria-hidden="true">{run.reading}</rt>
      </ruby>
    ) : (
      run.text
    ),
  );
}
