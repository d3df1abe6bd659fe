import { useTranslation } from 'react-i18next';
import { langTag, languageOfCode } from '../i18n/languages';
import { TextWithReadings } from './text-with-readings';

const KANA_KANJI = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆';
/** Japanese words (with the punctuation and digits inside them) in English text. */
const JAPANESE_RUN = new RegExp(
  `([${KANA_KANJI}](?:[${KANA_KANJI}\\u3000-\\u303F\\uFF01-\\uFF5E0-9#・ ]*[${KANA_KANJI}\\u3001-\\u303F\\uFF01-\\uFF5E0-9])?)`,
  'u',
);
/**
 * Japanese words in Chinese text: Han characters are Chinese there (打开マイナポータル应用 cannot
 * tell where the Japanese ends), so only the kana is marked.
 */
const JAPANESE_RUN_IN_CHINESE =
  /([\p{Script=Hiragana}\p{Script=Katakana}][\p{Script=Hiragana}\p{Script=Katakana}ー・]*)/u;
/** English words in Japanese text (single letters and acronyms such as IP are read well either way). */
const ENGLISH_RUN = /([A-Za-z]{2,}[a-z][A-Za-z’'-]*(?: [A-Za-z][A-Za-z’'-]*)*)/;

/** Where text of one language holds words of another, and which `lang` those words get. */
export function languageRuns(
  text: string,
  pageLanguage: string,
): { text: string; lang?: string }[] {
  const language = languageOfCode(pageLanguage);
  const page = language ? langTag(language) : pageLanguage;
  const [run, lang] =
    page === 'ja'
      ? [ENGLISH_RUN, 'en']
      : page.startsWith('zh')
        ? [JAPANESE_RUN_IN_CHINESE, 'ja']
        : [JAPANESE_RUN, 'ja'];
  // split() with one capturing group: the odd items are the other language's words.
  return text
    .split(run)
    .map((part, i) => (i % 2 === 1 ? { text: part, lang } : { text: part }))
    .filter((part) => part.text !== '');
}

/**
 * Text in the page's language whose words in another language are marked with their own `lang`,
 * so a screen reader reads マイナポータル in Japanese inside an English page, and the reverse.
 * In やさしい日本語 the readings become ruby (TextWithReadings).
 */
export function MixedLanguageText({ text }: { text: string }) {
  const { i18n } = useTranslation();
  return languageRuns(text, i18n.language).map((part, i) =>
    part.lang ? (
      <span key={i} lang={part.lang}>
        {part.text}
      </span>
    ) : (
      <TextWithReadings key={i} text={part.text} />
    ),
  );
}
