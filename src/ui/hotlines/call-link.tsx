import { useTranslation } from 'react-i18next';
import { TextWithReadings } from '../text-with-readings';
import { TelLink } from './tel-link';

/** The big "Call 188" link of a hotline card or a one-line hotline. */
export function CallLink({ number }: { number: string }) {
  const { t } = useTranslation();
  return (
    <TelLink number={number} className="call">
      <TextWithReadings text={t('hotline.call', { number })} />
    </TelLink>
  );
}
