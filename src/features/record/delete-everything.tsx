import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../ui/confirm-button';

/** "Delete everything on this device": asks first, since it cannot be undone. */
export function DeleteEverything({ onConfirm }: { onConfirm: () => void }) {
  const { t } = useTranslation('record');
  return (
    <ConfirmButton
      className="record-delete"
      label={t('delete.button')}
      question={t('delete.confirm')}
      yes={t('delete.yes')}
      no={t('delete.no')}
      onConfirm={onConfirm}
    />
  );
}
