import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../ui/live-status';

/** Copies the Japanese sentences, to paste into a chat, a translation app or a mail. */
export function CopyReadOutButton({ text }: { text: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      announce(t('readOut.copied'));
    } catch {
      announce(t('readOut.copyFailed'));
    }
  };
  return (
    <button type="button" className="copy" onClick={() => void copy()}>
      {t('readOut.copy')}
    </button>
  );
}
