import { TextWithReadings } from '../../ui/text-with-readings';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Step } from '../../flow/types';
import { formatDoneTime } from '../../i18n/format-time';
import { MixedLanguageText } from '../../ui/mixed-language-text';
import { BriefHotline } from '../../ui/hotlines/brief-hotline';
import { HotlineCard } from '../../ui/hotlines/hotline-card';
import { SourceList } from '../../ui/source-list';
import { LineInYourLanguage } from './line-in-your-language';
import { stepHotlines } from './step-hotlines';
import { StepNote } from './step-note';

export interface StepTexts {
  title: string;
  why: string;
  how: string;
  /** The one thing to do, shown large on a "now" card ('' for steps that are not actions). */
  action: string;
  /** The button that takes an offer ("check if it is a scam"), '' if none. */
  offer: string;
}

interface Props {
  id: string;
  step: Step;
  texts: StepTexts;
  /** A "now" card: why, the action and the first line to call show without opening anything. */
  prominent: boolean;
  /** It has a tick box (a step to know has none). */
  tickable: boolean;
  doneAt: string | undefined;
  onToggle: () => void;
  note: string | undefined;
  onNote: (note: string) => void;
  onOffer: () => void;
  /** What the step's data adds: a call script, a picture, a mail to write. */
  extras?: ReactNode;
}

/** One step of the plan. Done steps fold to their title and time; details open on request. */
export function StepCard(props: Props) {
  const { id, step, texts, prominent, tickable, doneAt, onToggle, note, onNote, onOffer, extras } =
    props;
  const { t, i18n } = useTranslation();
  const checkboxId = `step-${id}`;
  const lines = stepHotlines(step.hotlines ?? [], i18n.language);
  const open = prominent && !doneAt;
  const primary = lines.primary && <HotlineCard id={lines.primary} compact={open} />;
  const brief = lines.brief.map((h) => <BriefHotline key={h} id={h} />);
  const offer = step.opens && texts.offer && (
    <button type="button" className="primary big-action" onClick={onOffer}>
      {texts.offer}
    </button>
  );
  // The one thing to do: shown on an open "now" card, else under "details".
  const action = (
    <>
      {texts.action && !primary && (
        <p className="big-action">
          <MixedLanguageText text={texts.action} />
        </p>
      )}
      <LineInYourLanguage ids={lines.inYourLanguage} />
      {primary}
      {brief}
      {offer}
    </>
  );
  const classes = [
    'step',
    prominent ? 'now-card' : 'step-row',
    doneAt ? 'done' : '',
    step.kind ?? 'action',
  ];

  return (
    <li className={classes.filter(Boolean).join(' ')}>
      <div className="step-head">
        {tickable && (
          <input
            type="checkbox"
            id={checkboxId}
            checked={doneAt !== undefined}
            onChange={onToggle}
            aria-describedby={doneAt ? `${checkboxId}-time` : undefined}
          />
        )}
        <h3 className="step-title">
          {tickable ? (
            <label htmlFor={checkboxId}>
              <MixedLanguageText text={texts.title} />
            </label>
          ) : (
            <MixedLanguageText text={texts.title} />
          )}
        </h3>
      </div>
      {doneAt && (
        <p className="done-at" id={`${checkboxId}-time`}>
          <TextWithReadings
            text={t('plan.doneAt', { time: formatDoneTime(doneAt, i18n.language) })}
          />
        </p>
      )}
      {open && (
        // The thing to do first, then why: the protective action sits high on the screen.
        <div className="now-body">
          {action}
          <p className="why">
            <MixedLanguageText text={texts.why} />
          </p>
          {!tickable && (
            <p>
              <MixedLanguageText text={texts.how} />
            </p>
          )}
        </div>
      )}
      <details className="step-more">
        <summary>
          <TextWithReadings
            text={t(step.script || lines.primary ? 'plan.more' : 'plan.moreInfo')}
          />
        </summary>
        <div className="step-body">
          {!open && (
            <p>
              <strong>
                <TextWithReadings text={t('plan.why')} />:{' '}
              </strong>
              <MixedLanguageText text={texts.why} />
            </p>
          )}
          {(tickable || !open) && (
            <p>
              <strong>
                <TextWithReadings text={t('plan.how')} />:{' '}
              </strong>
              <MixedLanguageText text={texts.how} />
            </p>
          )}
          {!open && action}
          {extras}
          {lines.others.map((h) => (
            <HotlineCard key={h} id={h} />
          ))}
          {tickable && <StepNote id={checkboxId} note={note} onNote={onNote} />}
          <SourceList ids={step.sources ?? []} />
        </div>
      </details>
    </li>
  );
}
