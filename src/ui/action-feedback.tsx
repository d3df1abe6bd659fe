import { useCallback, useEffect, useRef, useState } from 'react';
import { useAnnounce } from './live-status';
import { TextWithReadings } from './text-with-readings';

/** Long enough to be seen after looking back from the phone's share sheet or a file prompt. */
export const FEEDBACK_MS = 3000;

export interface Feedback {
  text: string;
  failed: boolean;
}

export interface ActionFeedback {
  /** What shows beside the button now; null when nothing does. */
  shown: Feedback | null;
  /**
   * Shows `text` beside the button for a few seconds, and has screen readers announce
   * `announcement` (default: the same text) through the page's one live region.
   */
  show: (outcome: 'done' | 'failed', text: string, announcement?: string) => void;
}

/**
 * What a copy or save button says it did (コピーしました ✓) or could not do, visibly for a few
 * seconds and once to screen readers. Render `shown` with <FeedbackText> next to the button.
 */
export function useActionFeedback(): ActionFeedback {
  const announce = useAnnounce();
  const [shown, setShown] = useState<Feedback | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // A screen that goes away while a message shows must not set state on it later.
  useEffect(() => () => clearTimeout(timer.current), []);
  const show = useCallback<ActionFeedback['show']>(
    (outcome, text, announcement = text) => {
      clearTimeout(timer.current);
      setShown({ text, failed: outcome === 'failed' });
      announce(announcement);
      timer.current = setTimeout(() => setShown(null), FEEDBACK_MS);
    },
    [announce],
  );
  return { shown, show };
}

/**
 * The feedback beside its button. It is kept out of the accessibility tree: the live region has
 * announced it already, and a second region (or text found later while reading) would repeat it.
 * The box is always there, so the first message does not push anything around.
 */
export function FeedbackText({ shown }: { shown: Feedback | null }) {
  return (
    <span
      className={shown?.failed ? 'action-feedback failed' : 'action-feedback'}
      aria-hidden="true"
    >
      {shown && <TextWithReadings text={shown.text} />}
    </span>
  );
}
