import { useTranslation } from 'react-i18next';
import { plainText } from '../../i18n/readings';
import { FeedbackText, useActionFeedback } from '../action-feedback';
import { TextWithReadings } from '../text-with-readings';

/** Copies the number for people whose phone will not dial a tel: link (iOS and numbers with #). */
export function CopyNumberButton({ number }: { number: string }) {
  const { t, i18n } = useTranslation();
  const feedback = useActionFeedback();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(number);
      feedback.show('done', t('feedback.copied'), t('hotline.copied', { number }));
    } catch {
      feedback.show('failed', t('feedback.copyFailed'), t('hotline.copyFailed'));
    }
  };
  return (
    <span className="with-feedback">
      {/* The name carries the number, so each copy button says which number it copies. */}
      <button
        type="button"
        className="copy"
        aria-label={`${plainText(t('hotline.copy'), i18n.language)} ${number}`}
        onClick={() => void copy()}
      >
        <TextWithReadings text={t('hotline.copy')} />
      </button>
      <FeedbackText shown={feedback.shown} />
    </span>
  );
}
