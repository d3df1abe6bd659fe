import { useTranslation } from 'react-i18next';
import { ScreenShown } from './screen-shown';
import { TextWithReadings } from '../ui/text-with-readings';

/** While a later screen is fetched: one calm line, where the screen will be. */
export function ScreenLoading() {
  const { t } = useTranslation();
  return (
    <p className="screen-loading" role="status">
      <TextWithReadings text={t('loading.screen')} />
    </p>
  );
}

/** The screen could not be fetched (offline before the app was ever saved on this device). */
export function ScreenLoadFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice" role="alert">
      <p>
        <TextWithReadings text={t('loading.failed')} />
      </p>
      <button type="button" onClick={onRetry}>
        <TextWithReadings text={t('loading.retry')} />
      </button>
      <ScreenShown />
    </div>
  );
}
