import { useTranslation } from 'react-i18next';
import { MixedLanguageText } from '../../ui/mixed-language-text';
import { TextWithReadings } from '../../ui/text-with-readings';

/** The call script, shown beside the call buttons so it can be read out. */
export function CallScriptBox({ lines, id }: { lines: string[]; id: string }) {
  const { t } = useTranslation();
  return (
    // Not a landmark: every step's script has the same heading, and landmark names must differ.
    <section className="call-script">
      <h3 id={`${id}-script`}>
        <TextWithReadings text={t('script.heading')} />
      </h3>
      {lines.map((line) => (
        <p key={line}>
          <MixedLanguageText text={line} />
        </p>
      ))}
    </section>
  );
}
