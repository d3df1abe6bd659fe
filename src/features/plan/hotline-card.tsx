import { useTranslation } from 'react-i18next';
import { hotlines } from '../../flow/registry';
import { telHref } from '../../flow/tel';
import { useDataText } from '../../i18n/data-text';
import { MixedLanguageText } from '../../ui/mixed-language-text';
import { CopyNumberButton } from './copy-number-button';
import { OpenStatus } from './open-status';
import { SourceList } from './source-list';

/** A hotline: its name, the number large and copyable, a tap-to-call link, and its hours. */
export function HotlineCard({ id }: { id: string }) {
  const { t } = useTranslation();
  const text = useDataText('catalog');
  const hotline = hotlines[id];
  if (!hotline) return null;
  return (
    // Not a landmark: one hotline can appear under several steps, and landmark names must differ.
    <section className="hotline">
      <h3 className="hotline-name">
        <MixedLanguageText text={text(`hotlines.${id}.name`)} />
      </h3>
      <p className="hotline-number" translate="no">
        {hotline.number}
      </p>
      <OpenStatus id={id} hotline={hotline} />
      <div className="hotline-actions">
        <a className="call" href={telHref(hotline.number)}>
          {t('hotline.call', { number: hotline.number })}
        </a>
        <CopyNumberButton number={hotline.number} />
      </div>
      <p className="hotline-hint">{t('hotline.dialByHand')}</p>
      <p className="hotline-hours">
        <span className="label">{t('hotline.hours')}: </span>
        <MixedLanguageText text={text(`hotlines.${id}.hours`)} />
      </p>
      <SourceList ids={hotline.sources} />
    </section>
  );
}
