import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../ui/notice';
import type { SavedWizard } from './use-saved-wizard';

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
      {!saving && <Notice>{t(trouble === 'full' ? 'storage.full' : 'storage.unavailable')}</Notice>}
      {restoreProblem === 'partial' && <Notice>{t('storage.recovered')}</Notice>}
      {restoreProblem === 'unreadable' && <Notice>{t('storage.unreadable')}</Notice>}
      {keptNewer && !keepingNewer && (
        <div className="notice" role="group" aria-labelledby="kept-newer">
          <p id="kept-newer">{t('storage.newer')}</p>
          <button type="button" onClick={() => setKeepingNewer(true)}>
            {t('storage.newerKeep')}
          </button>
          <button type="button" className="danger" onClick={dropKeptNewer}>
            {t('storage.newerDelete')}
          </button>
        </div>
      )}
    </>
  );
}
