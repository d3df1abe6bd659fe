import { useTranslation } from 'react-i18next';
import { formatDoneTime } from '../../i18n/format-time';
import { MixedLanguageText } from '../../ui/mixed-language-text';

interface Props {
  /** When the person last did something here (ISO). */
  lastAt: string;
  remaining: number;
  /** The title of the next step to do, '' when all are done. */
  next: string;
}

/** On a return visit: "Continuing from last time (12/2 03:53): 4 left. Next: '…'". */
export function ResumeLine({ lastAt, remaining, next }: Props) {
  const { t, i18n } = useTranslation();
  const time = formatDoneTime(lastAt, i18n.language);
  return (
    <p className="resume-line">
      <MixedLanguageText
        text={
          remaining > 0
            ? t('plan.resume', { time, count: remaining, next })
            : t('plan.resumeAllDone', { time })
        }
      />
    </p>
  );
}
