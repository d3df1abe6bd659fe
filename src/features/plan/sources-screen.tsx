import { useTranslation } from 'react-i18next';
import { sources } from '../../flow/registry';
import { ScreenHeading } from '../../ui/screen-heading';
import { TextWithReadings } from '../../ui/text-with-readings';
import { SourceLine } from '../../ui/source-line';

interface Props {
  onBack: () => void;
}

/** Every source the app's steps, numbers and hours come from, opened from the footer. */
export function SourcesScreen({ onBack }: Props) {
  const { t } = useTranslation();
  return (
    <section className="sources-screen" aria-labelledby="sources-title">
      <ScreenHeading id="sources-title" focusOnMount>
        <TextWithReadings text={t('sources.heading')} />
      </ScreenHeading>
      <p>
        <TextWithReadings text={t('sources.intro')} />
      </p>
      <ul className="source-catalog">
        {Object.keys(sources).map((id) => (
          <li key={id}>
            <SourceLine id={id} />
          </li>
        ))}
      </ul>
      <button type="button" className="back" onClick={onBack}>
        {t('question.back')}
      </button>
    </section>
  );
}
