import { useTranslation } from 'react-i18next';
import type { Answers, Flow } from '../../flow/types';
import { useDataText } from '../../i18n/data-text';
import { SenderAddressPicture } from '../../ui/sender-address-picture';
import { callScript } from './call-script';
import { CallScriptBox } from './call-script-box';
import { MailLink } from './mail-link';

interface Props {
  flow: Flow;
  step: string;
  answers: Answers;
  doneTitles: string[];
  mailArrivedAt: string;
}

/** What a step's data asks for beyond its text: a call script, a picture, a mail to write. */
export function StepExtras({ flow, step, answers, doneTitles, mailArrivedAt }: Props) {
  const { t, i18n } = useTranslation();
  const text = useDataText(flow.id);
  const data = flow.steps[step];
  if (!data) return null;
  const list = (items: string[]) =>
    new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(items);
  const mailArrived = mailArrivedAt
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(mailArrivedAt),
      )
    : '';
  const commonText = (key: string, values?: Record<string, string>) =>
    t(key as 'script.done', values);
  return (
    <>
      {data.picture === 'sender-address' && <SenderAddressPicture />}
      {data.mailto && (
        <MailLink
          to={data.mailto}
          subject={text(`steps.${step}.mailSubject`)}
          body={text(`steps.${step}.mailBody`)}
        />
      )}
      {data.script && (
        <CallScriptBox
          id={`step-${step}`}
          lines={callScript({ flow, answers, doneTitles, mailArrived }, text, commonText, list)}
        />
      )}
    </>
  );
}
