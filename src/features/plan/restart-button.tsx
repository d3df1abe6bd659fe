import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../ui/confirm-button';

/** "Start over" erases everything, so it asks first. */
export function RestartButton({ onConfirm }: { onConfirm: () => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmButton
      className="restart"
      label={t('plan.restart')}
      question={t('plan.restartConfirm')}
      yes={t('plan.restartYes')}
      no={t('plan.restartNo')}
      onConfirm={onConfirm}
    />
  );
}
