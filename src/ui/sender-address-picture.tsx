import { useTranslation } from 'react-i18next';

/**
 * A drawing of a phone mail app's header: the display name anyone can choose (1), and the real
 * address under it (2). Drawn here (no image file, no request). The two labels are HTML under the
 * drawing, numbered like its markers: SVG text cannot wrap, and some languages need two lines.
 */
export function SenderAddressPicture() {
  const { t } = useTranslation();
  const p = (key: string) => t(`pictures.senderAddress.${key}` as 'pictures.senderAddress.caption');
  return (
    <figure className="sender-picture">
      <svg
        viewBox="0 0 320 124"
        role="img"
        aria-labelledby="sender-picture-caption"
        focusable="false"
      >
        <rect x="1" y="1" width="318" height="122" rx="14" className="phone" />
        <rect x="16" y="20" width="288" height="24" rx="4" className="bar" />
        <text x="28" y="37" className="subject">
          {p('subject')}
        </text>
        <circle cx="36" cy="74" r="14" className="avatar" />
        <text x="60" y="72" className="name">
          {p('displayName')}
        </text>
        <rect x="56" y="82" width="216" height="24" rx="4" className="highlight" />
        <text x="62" y="99" className="address">
          {p('realAddress')}
        </text>
        <circle cx="292" cy="67" r="10" className="marker" />
        <text x="292" y="71.5" className="marker-number">
          1
        </text>
        <circle cx="292" cy="94" r="10" className="marker danger" />
        <text x="292" y="98.5" className="marker-number">
          2
        </text>
      </svg>
      <figcaption>
        <span id="sender-picture-caption">{p('caption')}</span>
        <ol className="sender-picture-labels">
          <li>{p('nameLabel')}</li>
          <li className="look-here">{p('addressLabel')}</li>
        </ol>
      </figcaption>
    </figure>
  );
}
