import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../ui/notice';
import type { SavedWizard } from './use-saved-wizard';
import { TextWithReadings } from '../ui/text-with-readings';

type Props = Pick<
  SavedWizard,
  'saving' | 'trouble' | 'restoreProblem' | 'keptNewer' | 'dropKeptNewer'
>;

/** One calm sentence for each thing about saved progress the person should know. */
export function StorageNotices({
  saving,
  trouble,
  restoreProblem,
  keptNewer,
  dropKeptNewer,
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
          <button type="button" className="danger" onClick={dropKeptNewer}>
            <TextWithReadings text={t('storage.newerDelete')} />
          </button>
        </div>
      )}
    </>
  );
}
