import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** "Delete everything on this device": asks first, since it cannot be undone. */
export function DeleteEverything({ onConfirm }: { onConfirm: () => void }) {
  const { t } = useTranslation('record');
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
      <p className="record-delete">
        <button type="button" ref={openerRef} className="danger" onClick={() => setAsking(true)}>
          {t('delete.button')}
        </button>
      </p>
    );
  }
  return (
    <div className="confirm record-delete" role="group" aria-labelledby="delete-question">
      <p id="delete-question" ref={questionRef} tabIndex={-1}>
        {t('delete.confirm')}
      </p>
      <button type="button" className="danger" onClick={onConfirm}>
        {t('delete.yes')}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t('delete.no')}
      </button>
    </div>
  );
}
