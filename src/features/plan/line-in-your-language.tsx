import { useTranslation } from 'react-i18next';
import { hotlines } from '../../flow/registry';
import { TextWithReadings } from '../../ui/text-with-readings';

/** "There is a line in English: 0120-…", above a step whose hotlines include a line in the page's language. */
export function LineInYourLanguage({ ids }: { ids: string[] }) {
  const { t, i18n } = useTranslation();
  const numbers = ids.flatMap((id) => hotlines[id]?.number ?? []);
  if (!numbers.length) return null;
  const list = new Intl.ListFormat(i18n.language, { type: 'disjunction' }).format(numbers);
  return (
    <p className="line-in-your-language">
      <TextWithReadings text={t('readOut.lineInYourLanguage', { numbers: list })} />
    </p>
  );
}
