import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDoneTime } from '../../i18n/format-time';
import { looksSecret } from '../../progress/looks-secret';
import { useAnnounce } from '../../ui/live-status';
import { MixedLanguageText } from '../../ui/mixed-language-text';
import { HotlineCard } from './hotline-card';
import { LineInYourLanguage } from './line-in-your-language';
import { hotlinesFor } from './hotline-languages';
import { SourceList } from './source-list';

interface Props {
  id: string;
  title: string;
  why: string;
  how: string;
  hotlines: string[];
  sources: string[];
  doneAt: string | undefined;
  onToggle: () => void;
  /** The person's short note for this step (who they spoke to, a reference number). */
  note: string | undefined;
  /** Saves the note ('' removes it); only called with a note that passed the secret check. */
  onNote: (note: string) => void;
  /** What the step's data adds: a call script, a picture, a mail to write. */
  extras?: ReactNode;
}

const NOTE_MAX = 200;

export function StepItem(props: Props) {
  const { id, title, why, how, hotlines, sources, doneAt, onToggle, note, onNote, extras } = props;
  const { t, i18n } = useTranslation();
  const { t: tr } = useTranslation('record');
  const announce = useAnnounce();
  const checkboxId = `step-${id}`;
  const noteId = `${checkboxId}-note`;
  // A line that answers in the person's own language comes first, and the step says so.
  const { ordered, inYourLanguage } = hotlinesFor(hotlines, i18n.language);
  const [draft, setDraft] = useState(note ?? '');
  const [refusal, setRefusal] = useState('');
  const saveNote = (event: FormEvent) => {
    event.preventDefault();
    // Checked before anything is kept: a card number, My Number or password is never saved.
    const secret = looksSecret(draft);
    if (secret) return setRefusal(tr(`stepNote.secret.${secret}`));
    setRefusal('');
    onNote(draft);
    announce(tr(draft.trim() ? 'stepNote.saved' : 'stepNote.removed'));
  };
  return (
    <li className={doneAt ? 'step done' : 'step'}>
      <div className="step-head">
        <input
          type="checkbox"
          id={checkboxId}
          checked={doneAt !== undefined}
          onChange={onToggle}
          aria-describedby={doneAt ? `${checkboxId}-time` : undefined}
        />
        <h2 className="step-title">
          <label htmlFor={checkboxId}>
            <MixedLanguageText text={title} />
          </label>
        </h2>
      </div>
      {doneAt && (
        <p className="done-at" id={`${checkboxId}-time`}>
          {t('plan.doneAt', { time: formatDoneTime(doneAt, i18n.language) })}
        </p>
      )}
      <div className="step-body">
        <p>
          <strong>{t('plan.why')}: </strong>
          <MixedLanguageText text={why} />
        </p>
        <p>
          <strong>{t('plan.how')}: </strong>
          <MixedLanguageText text={how} />
        </p>
        <LineInYourLanguage ids={inYourLanguage} />
        {extras}
        {ordered.map((h) => (
          <HotlineCard key={h} id={h} />
        ))}
        <form className="step-note" onSubmit={saveNote}>
          <label htmlFor={noteId}>{tr('stepNote.label')}</label>
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
          <button type="submit">{tr('stepNote.save')}</button>
          {refusal && (
            <p id={`${noteId}-error`} className="field-error" role="alert">
              {refusal}
            </p>
          )}
        </form>
        <SourceList ids={sources} />
      </div>
    </li>
  );
}
