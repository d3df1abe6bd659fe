import { useTranslation } from 'react-i18next';
import { plainText } from '../../i18n/readings';
import { TextWithReadings } from '../../ui/text-with-readings';

interface Props {
  to: string;
  subject: string;
  body: string;
}

/** Opens the person's own mail app with the report prepared; nothing is sent by this app. */
export function MailLink({ to, subject, body }: Props) {
  const { t, i18n } = useTranslation();
  // The mail is text that leaves the app: readings in brackets would be read twice there.
  const plain = (value: string) => encodeURIComponent(plainText(value, i18n.language));
  const href = `mailto:${to}?subject=${plain(subject)}&body=${plain(body)}`;
  return (
    <p className="mail-link">
      <a className="call" href={href}>
        <TextWithReadings text={t('mail.write')} />
      </a>{' '}
      <span className="hotline-hint">
        <TextWithReadings text={t('mail.hint')} />
      </span>
    </p>
  );
}
