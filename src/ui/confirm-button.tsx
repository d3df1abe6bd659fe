import { useEffect, useId, useRef, useState } from 'react';
import { TextWithReadings } from './text-with-readings';

interface Props {
  /** The button that asks first. */
  label: string;
  question: string;
  yes: string;
  no: string;
  className: string;
  onConfirm: () => void;
}

/**
 * A button for what cannot be undone: it asks first, moves focus to the question, and gives
 * focus back to the button when the person says no.
 */
export function ConfirmButton({ label, question, yes, no, className, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const questionId = useId();
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
      <p className={className}>
        <button type="button" ref={openerRef} className="danger" onClick={() => setAsking(true)}>
          <TextWithReadings text={label} />
        </button>
      </p>
    );
  }
  return (
    <div className={`confirm ${className}`} role="group" aria-labelledby={questionId}>
      <p id={questionId} ref={questionRef} tabIndex={-1}>
        <TextWithReadings text={question} />
      </p>
      <button type="button" className="danger" onClick={onConfirm}>
        <TextWithReadings text={yes} />
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        <TextWithReadings text={no} />
      </button>
    </div>
  );
}
