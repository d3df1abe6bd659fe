import { useTranslation } from 'react-i18next';
import type { Answers, Flow } from '../../flow/types';
import { useDataText } from '../../i18n/data-text';
import { StepPicture } from '../../ui/step-picture';
import { scriptIn } from '../../i18n/call-script';
import { CallScriptBox } from './call-script-box';
import type { JapaneseText } from '../../i18n/japanese-text';
import { MailLink } from './mail-link';
import { ReadOutBox } from '../../ui/read-out-box';

interface Props {
  flow: Flow;
  step: string;
  answers: Answers;
  /** Ids of the other steps already done, in plan order. */
  doneSteps: string[];
  mailArrivedAt: string;
  /** The Japanese texts, for a page shown in another language ('off' in Japanese). */
  japanese: JapaneseText;
}

/** What a step's data asks for beyond its text: a call script, a picture, a mail to write. */
export function StepExtras({ flow, step, answers, doneSteps, mailArrivedAt, japanese }: Props) {
  const { t, i18n } = useTranslation();
  const text = useDataText(flow.id);
  const data = flow.steps[step];
  if (!data) return null;
  const commonText = (key: string, values?: Record<string, string>) =>
    t(key as 'script.done', values);
  const input = { flow, answers, doneSteps, mailArrivedAt, step };
  const lines = data.script
    ? scriptIn(input, { lng: i18n.language, flowText: text, commonText })
    : [];
  return (
    <>
      {data.picture && <StepPicture name={data.picture} />}
      {data.mailto && (
        <MailLink
          to={data.mailto}
          subject={text(`steps.${step}.mailSubject`)}
          body={text(`steps.${step}.mailBody`)}
        />
      )}
      {data.script && (
        <>
          <CallScriptBox id={`step-${step}`} lines={lines} />
          <ReadOutBox id={`step-${step}`} input={input} japanese={japanese} lines={lines} />
        </>
      )}
    </>
  );
}
