import { hotlines } from '../../flow/registry';
import { useDataText } from '../../i18n/data-text';
import { MixedLanguageText } from '../mixed-language-text';
import { CallLink } from './call-link';

/** A line that needs one sentence, not a card: "if you are in danger now, call 110". */
export function BriefHotline({ id }: { id: string }) {
  const text = useDataText('catalog');
  const hotline = hotlines[id];
  if (!hotline) return null;
  return (
    <p className="brief-hotline">
      <MixedLanguageText text={text(`hotlines.${id}.brief`)} /> <CallLink number={hotline.number} />
    </p>
  );
}
