import { useTranslation } from 'react-i18next';
import { sources } from '../../flow/registry';
import { useDataText } from '../../i18n/data-text';
import { MixedLanguageText } from '../../ui/mixed-language-text';

/** Where the step's facts come from, as plain text: nothing here leaves the app. */
export function SourceList({ ids }: { ids: string[] }) {
  const { t } = useTranslation();
  const text = useDataText('catalog');
  return (
    <details className="sources">
      <summary>{t('plan.sources')}</summary>
      <ul>
        {ids.map((id) => {
          const source = sources[id];
          if (!source) return null;
          return (
            <li key={id}>
              <MixedLanguageText text={text(`sources.${id}.name`)} />
              {source.url && (
                <>
                  {' '}
                  <span className="source-url" translate="no">
                    {source.url.replace(/^https:\/\//, '')}
                  </span>
                </>
              )}{' '}
              <span className="source-checked">
                ({t('plan.checked', { month: source.checked })})
              </span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
