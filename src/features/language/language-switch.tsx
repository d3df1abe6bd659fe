import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  langTag,
  languageOfCode,
  type Language,
} from '../../i18n/languages';
import { useAnnounce } from '../../ui/live-status';
import { TextWithReadings } from '../../ui/text-with-readings';

interface Props {
  /** Resolves false when the language could not be loaded: the page stays in the current one. */
  onChange: (lng: Language) => Promise<boolean>;
}

const LIST_ID = 'language-list';
/**
 * Shown beside the label in every language but English: the word a visitor who reads none of the
 * page's language looks for. Not translated on purpose.
 */
const LANGUAGE_IN_ENGLISH = 'Language';

/**
 * One button, "言語 · Language" with a globe, that opens the list of languages (a disclosure: it
 * fits a 320 px header, works the same with touch, keyboard and screen readers, and nothing
 * changes until a language is picked). Each language is named in itself and marked with its own
 * lang; a pick applies at once, closes the list and returns focus to the button. Escape, Tab past
 * the list or a tap elsewhere closes it. Its words are bundled for every language (namespace
 * "language"), so they never turn into raw keys; a language that cannot be loaded leaves the page
 * as it is, with one calm line saying so in the shown language.
 */
export function LanguageSwitch({ onChange }: Props) {
  const { t, i18n } = useTranslation('language');
  const announce = useAnnounce();
  const current = languageOfCode(i18n.language) ?? DEFAULT_LANGUAGE;
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState<Language>();
  const navRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || !navRef.current?.contains(event.target)) {
        setOpen(false);
      }
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const closeAndFocus = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  const choose = async (lng: Language) => {
    setFailed(undefined);
    if (await onChange(lng)) return;
    setFailed(lng);
    announce(t('failed', { name: t(`names.${lng}`) }));
  };

  return (
    <>
      <nav
        ref={navRef}
        aria-label={t('label')}
        className="language-switch"
        onKeyDown={(event) => {
          if (open && event.key === 'Escape') {
            event.preventDefault();
            closeAndFocus();
          }
        }}
        onBlur={(event) => {
          if (open && !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
        }}
      >
        <button
          ref={toggleRef}
          type="button"
          className="language-toggle"
          aria-expanded={open}
          aria-controls={LIST_ID}
          onClick={() => setOpen((was) => !was)}
        >
          <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="globe">
            <circle cx="12" cy="12" r="9" />
            <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3Z" />
          </svg>
          <span>
            {t('label')}
            {current !== 'en' && (
              <>
                {' · '}
                <span lang="en">{LANGUAGE_IN_ENGLISH}</span>
              </>
            )}
          </span>
        </button>
        <ul id={LIST_ID} className="language-list" hidden={!open}>
          {LANGUAGES.map((lng) => (
            <li key={lng}>
              <button
                type="button"
                lang={langTag(lng)}
                aria-current={lng === current ? 'true' : undefined}
                onClick={() => {
                  closeAndFocus();
                  if (lng !== current) void choose(lng);
                }}
              >
                {t(`names.${lng}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {failed && (
        <p className="language-failed">
          <TextWithReadings text={t('failed', { name: t(`names.${failed}`) })} />
        </p>
      )}
    </>
  );
}
