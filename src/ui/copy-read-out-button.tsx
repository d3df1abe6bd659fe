import { useTranslation } from 'react-i18next';
import { FeedbackText, useActionFeedback } from './action-feedback';
import { TextWithReadings } from './text-with-readings';

/** Copies the Japanese sentences, to paste into a chat, a translation app or a mail. */
export function CopyReadOutButton({ text }: { text: string }) {
  const { t } = useTranslation();
  const feedback = useActionFeedback();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      feedback.show('done', t('feedback.copied'), t('readOut.copied'));
    } catch {
      feedback.show('failed', t('feedback.copyFailed'), t('readOut.copyFailed'));
    }
  };
  return (
    <span className="with-feedback">
      <button type="button" className="copy" onClick={() => void copy()}>
        <TextWithReadings text={t('readOut.copy')} />
      </button>
      <FeedbackText shown={feedback.shown} />
    </span>
  );
}
