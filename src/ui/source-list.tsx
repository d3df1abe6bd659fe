import { useTranslation } from 'react-i18next';
import { SourceLine } from './source-line';
import { TextWithReadings } from './text-with-readings';

/** Where the step's facts come from, as plain text: nothing here leaves the app. */
export function SourceList({ ids }: { ids: string[] }) {
  const { t } = useTranslation();
  return (
    <details className="sources">
      <summary>
        <TextWithReadings text={t('plan.sources')} />
      </summary>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <SourceLine id={id} />
          </li>
        ))}
      </ul>
    </details>
  );
}
