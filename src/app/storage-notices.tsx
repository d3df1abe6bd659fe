import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../ui/notice';
import type { Notices } from './app-machine';
import { TextWithReadings } from '../ui/text-with-readings';

type Props = Notices & { onDropKeptNewer: () => void };

/** One calm sentence for each thing about saved progress the person should know. */
export function StorageNotices({
  saving,
  trouble,
  restoreProblem,
  keptNewer,
  onDropKeptNewer,
}: Props) {
  const { t } = useTranslation();
  const [keepingNewer, setKeepingNewer] = useState(false);
  return (
    <>
      {!saving && (
        <Notice>
          <TextWithReadings text={t(trouble === 'full' ? 'storage.full' : 'storage.unavailable')} />
        </Notice>
      )}
      {restoreProblem === 'partial' && (
        <Notice>
          <TextWithReadings text={t('storage.recovered')} />
        </Notice>
      )}
      {restoreProblem === 'unreadable' && (
        <Notice>
          <TextWithReadings text={t('storage.unreadable')} />
        </Notice>
      )}
      {keptNewer && !keepingNewer && (
        <div className="notice" role="group" aria-labelledby="kept-newer">
          <p id="kept-newer">
            <TextWithReadings text={t('storage.newer')} />
          </p>
          <button type="button" onClick={() => setKeepingNewer(true)}>
            <TextWithReadings text={t('storage.newerKeep')} />
          </button>
          <button type="button" className="danger" onClick={onDropKeptNewer}>
            <TextWithReadings text={t('storage.newerDelete')} />
          </button>
        </div>
      )}
    </>
  );
}
