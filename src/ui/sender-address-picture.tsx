import { useTranslation } from 'react-i18next';

/**
 * A drawing of a phone mail app's header: the display name anyone can choose, and the real
 * address under it. Drawn here (no image file, no request); every label comes from the locale.
 */
export function SenderAddressPicture() {
  const { t } = useTranslation();
  const p = (key: string) => t(`pictures.senderAddress.${key}` as 'pictures.senderAddress.caption');
  return (
    <figure className="sender-picture">
      <svg
        viewBox="0 0 320 200"
        role="img"
        aria-labelledby="sender-picture-caption"
        focusable="false"
      >
        <rect x="1" y="1" width="318" height="198" rx="14" className="phone" />
        <rect x="16" y="20" width="288" height="24" rx="4" className="bar" />
        <text x="28" y="37" className="subject">
          {p('subject')}
        </text>
        <circle cx="36" cy="74" r="14" className="avatar" />
        <text x="60" y="72" className="name">
          {p('displayName')}
        </text>
        <rect x="56" y="82" width="236" height="24" rx="4" className="highlight" />
        <text x="62" y="99" className="address">
          {p('realAddress')}
        </text>
        <path d="M170 150 L170 112 M162 120 L170 110 L178 120" className="arrow" />
        <text x="40" y="172" className="label">
          {p('addressLabel')}
        </text>
        <text x="180" y="58" className="label small">
          {p('nameLabel')}
        </text>
      </svg>
      <figcaption id="sender-picture-caption">{p('caption')}</figcaption>
    </figure>
  );
}
