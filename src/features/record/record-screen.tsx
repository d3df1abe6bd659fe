import { useSelector } from '@xstate/react';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { WizardActor } from '../../flow/machine';
import { planFor } from '../../flow/plan';
import { readOutLines, scriptIn } from '../../i18n/call-script';
import { useDataText } from '../../i18n/data-text';
import { useJapaneseText, type NeededText } from '../../i18n/japanese-text';
import { useAnnounce } from '../../ui/live-status';
import { ReadOutBox } from '../../ui/read-out-box';
import { ScreenHeading } from '../../ui/screen-heading';
import { CallDetails } from './call-details';
import { japaneseDetailLines } from './call-details-lines';
import { DeleteEverything } from './delete-everything';
import { MailArrivedField } from './mail-arrived-field';
import { RecordActions } from './record-actions';
import { RecordAnswers } from './record-answers';
import { RecordHotlines } from './record-hotlines';
import { RecordReferences } from './record-references';
import { RecordSteps } from './record-steps';
import { summarize } from './record-summary';
import { formatRecordTime } from './record-time';
import { removeAppKeys } from './remove-app-keys';
import './record.css';

/** Beside the call script, the record needs its own call-details words in Japanese. */
const RECORD_JAPANESE: NeededText = [['record', ['details']]];

interface Props {
  wizard: WizardActor;
  onBack: () => void;
  /** Erases every flow's progress and starts the wizard again (the app's "start over"). */
  onDeleteEverything: () => void;
}

/** "My record": everything the person did, to read out on the phone, print, copy or keep. */
export function RecordScreen({ wizard, onBack, onDeleteEverything }: Props) {
  const { t, i18n } = useTranslation('record');
  const { t: tc } = useTranslation();
  const announce = useAnnounce();
  const flow = useSelector(wizard, (s) => s.context.flow);
  const answers = useSelector(wizard, (s) => s.context.answers);
  const answeredAt = useSelector(wizard, (s) => s.context.answeredAt);
  const ticks = useSelector(wizard, (s) => s.context.ticks);
  const notes = useSelector(wizard, (s) => s.context.notes);
  const mailArrivedAt = useSelector(wizard, (s) => s.context.mailArrivedAt);
  const details = useSelector(wizard, (s) => s.context.details);
  const flowText = useDataText(flow.id);
  const catalogText = useDataText('catalog');
  const [madeAt] = useState(() => new Date().toISOString());
  const lng = i18n.language;
  const summary = summarize(
    { flow, answers, answeredAt, ticks, notes, mailArrivedAt, details },
    (ns, key, values) => (ns === 'catalog' ? catalogText(key, values) : flowText(key, values)),
    lng,
  );
  // In another language: the call script and the call details in Japanese, to read out.
  const hasCallStep = planFor(flow, answers).some((id) => flow.steps[id]?.script);
  const japanese = useJapaneseText(flow.id, hasCallStep, RECORD_JAPANESE);
  const ja = japanese.state === 'ready' ? japanese.text('record') : undefined;
  const script = { flow, answers, doneSteps: summary.done.map((s) => s.id), mailArrivedAt };
  const commonText = (key: string, values?: Record<string, string>) =>
    tc(key as 'script.done', values);
  const standIns = scriptIn(script, { lng, flowText, commonText });
  const jaDetails = ja ? japaneseDetailLines(summary.details, ja) : [];
  const readOut =
    japanese.state === 'ready' ? [...readOutLines(script, japanese), ...jaDetails] : undefined;

  const deleteEverything = () => {
    // Start over first (the app may save once more as it does), then remove every key it has.
    flushSync(onDeleteEverything);
    // Said only once storage is seen to hold nothing of the app.
    announce(t(removeAppKeys() ? 'delete.done' : 'delete.failed'));
  };

  return (
    <section className="record" aria-labelledby="record-title">
      <ScreenHeading id="record-title" focusOnMount>
        {t('heading')}
      </ScreenHeading>
      <p className="record-intro">{t('intro')}</p>
      <p className="record-made">{t('madeAt', { time: formatRecordTime(madeAt, lng) })}</p>
      <RecordReferences references={summary.references} />
      <RecordAnswers answers={summary.answers} answeredAt={summary.answeredAt} />
      <MailArrivedField
        value={mailArrivedAt}
        onChange={(at) => wizard.send({ type: 'mail.arrived', at })}
      />
      <CallDetails
        details={summary.details}
        ja={ja}
        onSet={(field, value) => wizard.send({ type: 'details.set', field, value })}
      />
      <ReadOutBox
        id="record"
        input={script}
        japanese={japanese}
        lines={standIns}
        more={jaDetails}
        headingLevel={2}
      />
      <RecordSteps done={summary.done} todo={summary.todo} />
      <RecordHotlines hotlines={summary.hotlines} />
      <RecordActions summary={summary} ja={ja} readOut={readOut} />
      <p className="record-back">
        <button type="button" onClick={onBack}>
          {t('back')}
        </button>
      </p>
      <DeleteEverything onConfirm={deleteEverything} />
    </section>
  );
}
