import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../ui/live-status';

/** Copies the number for people whose phone will not dial a tel: link (iOS and numbers with #). */
export function CopyNumberButton({ number }: { number: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(number);
      announce(t('hotline.copied', { number }));
    } catch {
      announce(t('hotline.copyFailed'));
    }
  };
  return (
    // The name carries the number, so each copy button says which number it copies.
    <button
      type="button"
      className="copy"
      aria-label={`${t('hotline.copy')} ${number}`}
      onClick={() => void copy()}
    >
      {t('hotline.copy')}
    </button>
  );
}
