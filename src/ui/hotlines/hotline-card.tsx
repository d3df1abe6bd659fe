import { useTranslation } from 'react-i18next';
import { hotlines } from '../../flow/registry';
import { useDataText } from '../../i18n/data-text';
import { MixedLanguageText } from '../mixed-language-text';
import { SourceList } from '../source-list';
import { TextWithReadings } from '../text-with-readings';
import { CallLink } from './call-link';
import { CopyNumberButton } from './copy-number-button';
import { OpenStatus } from './open-status';

/** A hotline: its name, the number large and copyable, a tap-to-call link, and its hours. */
export function HotlineCard({ id, compact = false }: { id: string; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const text = useDataText('catalog');
  const hotline = hotlines[id];
  if (!hotline) return null;
  const names = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const details = (
    <>
      <p className="hotline-hours">
        <span className="label">
          <TextWithReadings text={t('hotline.hours')} />:{' '}
        </span>
        <MixedLanguageText text={text(`hotlines.${id}.hours`)} />
      </p>
      {hotline.languages && (
        <p className="hotline-languages">
          <span className="label">
            <TextWithReadings text={t('hotline.languages')} />:{' '}
          </span>
          {new Intl.ListFormat(i18n.language, { type: 'unit' }).format(
            hotline.languages.map((code) => names.of(code) ?? code),
          )}
        </p>
      )}
      <SourceList ids={hotline.sources} />
    </>
  );
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
        <CallLink number={hotline.number} />
        <CopyNumberButton number={hotline.number} />
      </div>
      <p className="hotline-hint">
        <TextWithReadings text={t('hotline.dialByHand')} />
      </p>
      {compact ? (
        // On a "now" card the hours fold away: the open-now line above already says what matters.
        <details className="hotline-more">
          <summary>
            <TextWithReadings text={t('hotline.hours')} />
          </summary>
          {details}
        </details>
      ) : (
        details
      )}
    </section>
  );
}
