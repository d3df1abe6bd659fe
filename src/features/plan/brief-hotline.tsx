import { TextWithReadings } from '../../ui/text-with-readings';
import { useTranslation } from 'react-i18next';
import { hotlines } from '../../flow/registry';
import { telHref } from '../../flow/tel';
import { useDataText } from '../../i18n/data-text';
import { MixedLanguageText } from '../../ui/mixed-language-text';

/** A line that needs one sentence, not a card: "if you are in danger now, call 110". */
export function BriefHotline({ id }: { id: string }) {
  const { t } = useTranslation();
  const text = useDataText('catalog');
  const hotline = hotlines[id];
  if (!hotline) return null;
  return (
    <p className="brief-hotline">
      <MixedLanguageText text={text(`hotlines.${id}.brief`)} />{' '}
      <a className="call" href={telHref(hotline.number)}>
        <TextWithReadings text={t('hotline.call', { number: hotline.number })} />
      </a>
    </p>
  );
}
