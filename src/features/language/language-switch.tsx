import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../i18n/languages';

interface Props {
  onChange: (lng: Language) => void;
}

/** Each language is named in itself, and marked with its own lang for screen readers. */
export function LanguageSwitch({ onChange }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <nav aria-label={t('language.label')} className="language-switch">
      <ul>
        {LANGUAGES.map((lng) => (
          <li key={lng}>
            <button
              type="button"
              lang={lng}
              aria-pressed={i18n.language === lng}
              onClick={() => onChange(lng)}
            >
              {t(`language.names.${lng}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
