import { useTranslation } from 'react-i18next';
import { readOutLines, type ScriptAnswers } from '../i18n/call-script';
import type { JapaneseText } from '../i18n/japanese-text';
import { CopyReadOutButton } from './copy-read-out-button';

interface Props {
  id: string;
  input: ScriptAnswers;
  japanese: JapaneseText;
  /** The same script in the page's language, which stands in (unseen) while the Japanese arrives. */
  lines: string[];
  /** Japanese lines after the script (the record's call details), once the Japanese is ready. */
  more?: string[];
  /** 3 under a plan step; 2 as a section of "My record". */
  headingLevel?: 2 | 3;
}

/**
 * For a person who reads the page in another language: the call script in Japanese, large, to read
 * out or to show to the person on the phone. While the Japanese strings arrive, the same sentences
 * in the page's language, unseen and set like the Japanese, keep about its place (a Japanese
 * sentence takes about as much room as its English, Chinese or Korean one), so what is below it
 * hardly moves.
 */
export function ReadOutBox(props: Props) {
  const { id, input, japanese, lines: standIns, more = [], headingLevel = 3 } = props;
  const { t } = useTranslation();
  const opening = t('script.opening');
  if (japanese.state === 'off') return null;
  const lines = japanese.state === 'ready' ? [...readOutLines(input, japanese), ...more] : [];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    // Not a landmark: every step's read-out has the same heading, and landmark names must differ.
    <section className="read-out" aria-busy={japanese.state === 'loading' || undefined}>
      <Heading id={`${id}-read-out`}>{t('readOut.heading')}</Heading>
      <p className="read-out-hint">{t('readOut.hint', { opening })}</p>
      {japanese.state === 'ready' && (
        <>
          <div className="read-out-text" lang="ja">
            {lines.map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </div>
          <CopyReadOutButton text={lines.join('\n')} />
        </>
      )}
      {japanese.state === 'loading' && (
        <>
          <div className="read-out-text read-out-stand-in" aria-hidden="true">
            {[opening, ...standIns].map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </div>
          <div className="read-out-button-stand-in" aria-hidden="true" />
        </>
      )}
      {japanese.state === 'failed' && (
        // No alert: every call step would say it at once, about a text nobody has asked for yet.
        <p className="read-out-failed">
          {t('readOut.failed')}{' '}
          <button type="button" onClick={japanese.retry}>
            {t('readOut.retry')}
          </button>
        </p>
      )}
    </section>
  );
}
