import { useTranslation } from 'react-i18next';
import { isJapaneseHoliday } from '../../flow/holidays';
import { openStatus } from '../../flow/hours';
import type { Hotline } from '../../flow/types';
import { useDataText } from '../../i18n/data-text';
import { MixedLanguageText } from '../mixed-language-text';
import { TextWithReadings } from '../text-with-readings';
import { useNow } from '../use-now';

/** "Open now · closes 17:15" or "Closed now · opens Mon 8:30", in Japan time, and what to do meanwhile. */
export function OpenStatus({ id, hotline }: { id: string; hotline: Hotline }) {
  const { t } = useTranslation();
  const text = useDataText('catalog');
  const status = openStatus(hotline.hours, useNow(), isJapaneseHoliday);
  if (status.state === 'always')
    return (
      <p className="open-status open">
        <TextWithReadings text={t('hotline.always')} />
      </p>
    );
  if (status.state === 'unknown')
    return (
      <p className="open-status">
        <TextWithReadings text={t('hotline.unknown')} />
      </p>
    );
  const usually = status.usually && (
    <span className="usually">
      {' '}
      <TextWithReadings text={t('hotline.usually')} />
    </span>
  );
  if (status.state === 'open') {
    return (
      <p className="open-status open">
        <TextWithReadings text={t('hotline.open', { time: status.closesAt })} />
        {usually}
      </p>
    );
  }
  return (
    <>
      <p className="open-status closed">
        <TextWithReadings
          text={
            status.opensToday
              ? t('hotline.closedToday', { time: status.opensAt })
              : t('hotline.closedLater', {
                  day: t(`hotline.days.${status.opensOn}`),
                  time: status.opensAt,
                })
          }
        />
        {usually}
      </p>
      <p className="when-closed">
        <strong>
          <TextWithReadings text={t('hotline.whenClosedLabel')} />:{' '}
        </strong>
        <MixedLanguageText text={text(`hotlines.${id}.whenClosed`)} />
      </p>
    </>
  );
}
