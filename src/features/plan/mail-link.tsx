import { useTranslation } from 'react-i18next';

interface Props {
  to: string;
  subject: string;
  body: string;
}

/** Opens the person's own mail app with the report prepared; nothing is sent by this app. */
export function MailLink({ to, subject, body }: Props) {
  const { t } = useTranslation();
  const href = `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return (
    <p className="mail-link">
      <a className="call" href={href}>
        {t('mail.write')}
      </a>{' '}
      <span className="hotline-hint">{t('mail.hint')}</span>
    </p>
  );
}
