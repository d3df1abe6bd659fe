import { useTranslation } from 'react-i18next';
import { sources } from '../flow/registry';
import { useDataText } from '../i18n/data-text';
import { MixedLanguageText } from './mixed-language-text';

/**
 * One source: its name, its address as plain text (not a link: an app against phishing does not
 * ask for a tap on an address) and the month it was checked.
 */
export function SourceLine({ id }: { id: string }) {
  const { t } = useTranslation();
  const text = useDataText('catalog');
  const source = sources[id];
  if (!source) return null;
  return (
    <>
      <MixedLanguageText text={text(`sources.${id}.name`)} />
      {source.url && (
        <>
          {' '}
          <span className="source-url" translate="no">
            {source.url.replace(/^https:\/\//, '')}
          </span>
        </>
      )}{' '}
      <span className="source-checked">({t('plan.checked', { month: source.checked })})</span>
    </>
  );
}
