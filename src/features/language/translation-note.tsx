import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, langTag, languageOfCode } from '../../i18n/languages';
import { TextWithReadings } from '../../ui/text-with-readings';

/**
 * One calm line, in the page's language, when no native speaker has reviewed its translation
 * (common.json: translation.reviewed). Japanese is the source and says nothing; a language that
 * does not say it was reviewed counts as not reviewed.
 */
export function TranslationNote() {
  const { t, i18n } = useTranslation();
  const reviewed: unknown = i18n.getResource(i18n.language, 'common', 'translation.reviewed');
  if (reviewed === true) return null;
  const lng = languageOfCode(i18n.language) ?? DEFAULT_LANGUAGE;
  return (
    <p className="translation-note" lang={langTag(lng)}>
      <TextWithReadings text={t('translation.notReviewed')} />
    </p>
  );
}
