import { useTranslation } from 'react-i18next';
import { removeAppKeys } from '../features/record/remove-app-keys';
import { flows } from '../flow/registry';
import type { SafeStorage } from '../progress/safe-storage';
import { startOver } from '../progress/start-over';
import { TextWithReadings } from '../ui/text-with-readings';

interface Props {
  storage: SafeStorage;
  /** Draws the app again, from what storage now holds. */
  onReset: () => void;
}

/** What shows when the app could not draw a screen: two ways out that need nothing of it. */
export function CrashScreen({ storage, onReset }: Props) {
  const { t } = useTranslation();
  const restart = () => {
    startOver(storage, Object.values(flows), new Date().toISOString());
    onReset();
  };
  const deleteEverything = () => {
    removeAppKeys();
    onReset();
  };
  return (
    <main id="main" className="crash" role="alert">
      <h1>
        <TextWithReadings text={t('crash.heading')} />
      </h1>
      <p>
        <TextWithReadings text={t('crash.text')} />
      </p>
      <p>
        <button type="button" className="primary" onClick={restart}>
          <TextWithReadings text={t('crash.restart')} />
        </button>
      </p>
      <p>
        <button type="button" className="danger" onClick={deleteEverything}>
          <TextWithReadings text={t('crash.delete')} />
        </button>
      </p>
    </main>
  );
}
