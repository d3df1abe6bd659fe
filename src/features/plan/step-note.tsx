import { TextWithReadings } from '../../ui/text-with-readings';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { looksSecret } from '../../flow/looks-secret';
import { FeedbackText, useActionFeedback } from '../../ui/action-feedback';

interface Props {
  id: string;
  note: string | undefined;
  /** Saves the note ('' removes it); only called with a note that passed the secret check. */
  onNote: (note: string) => void;
}

const NOTE_MAX = 200;

/** A short note for a step (who they spoke to, a reference number), behind "write a note". */
export function StepNote({ id, note, onNote }: Props) {
  const { t } = useTranslation();
  const { t: tr } = useTranslation('record');
  const feedback = useActionFeedback();
  const noteId = `${id}-note`;
  const [draft, setDraft] = useState(note ?? '');
  // A note saved in another tab shows here at once, unless the person is in the middle of typing.
  const [saved, setSaved] = useState(note ?? '');
  if ((note ?? '') !== saved) {
    setSaved(note ?? '');
    if (draft === saved) setDraft(note ?? '');
  }
  const [refusal, setRefusal] = useState('');
  const save = (event: FormEvent) => {
    event.preventDefault();
    // Checked before anything is kept: a card number, My Number or password is never saved.
    const secret = looksSecret(draft);
    if (secret) return setRefusal(tr(`stepNote.secret.${secret}`));
    setRefusal('');
    onNote(draft);
    feedback.show(
      'done',
      t('feedback.saved'),
      tr(draft.trim() ? 'stepNote.saved' : 'stepNote.removed'),
    );
  };
  return (
    <details className="step-note-toggle" open={note ? true : undefined}>
      <summary>
        <TextWithReadings text={t('plan.writeNote')} />
      </summary>
      <form className="step-note" onSubmit={save}>
        <label htmlFor={noteId}>
          <TextWithReadings text={tr('stepNote.label')} />
        </label>
        <input
          id={noteId}
          type="text"
          value={draft}
          maxLength={NOTE_MAX}
          autoComplete="off"
          aria-invalid={refusal ? true : undefined}
          aria-describedby={refusal ? `${noteId}-error` : undefined}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit">
          <TextWithReadings text={tr('stepNote.save')} />
        </button>
        <FeedbackText shown={feedback.shown} />
        {refusal && (
          <p id={`${noteId}-error`} className="field-error" role="alert">
            {refusal}
          </p>
        )}
      </form>
    </details>
  );
}
