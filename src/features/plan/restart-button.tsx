import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** "Start over" erases everything, so it asks first. */
export function RestartButton({ onConfirm }: { onConfirm: () => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (wasAsking.current) openerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" ref={openerRef} className="restart" onClick={() => setAsking(true)}>
        {t('plan.restart')}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby="restart-question">
      <p id="restart-question" ref={questionRef} tabIndex={-1}>
        {t('plan.restartConfirm')}
      </p>
      <button type="button" className="danger" onClick={onConfirm}>
        {t('plan.restartYes')}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t('plan.restartNo')}
      </button>
    </div>
  );
}
