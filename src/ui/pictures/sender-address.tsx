import { PictureFrame, usePictureText } from '../picture-frame';
import { PictureMarker } from '../picture-marker';

/**
 * A phone mail app's header: the display name anyone can choose (1), and the real address under
 * it (2).
 */
export default function SenderAddressPicture() {
  const p = usePictureText('senderAddress');
  return (
    <PictureFrame
      viewBox="0 0 320 124"
      caption={p('caption')}
      labels={[{ text: p('nameLabel') }, { text: p('addressLabel'), lookHere: true }]}
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
      <PictureMarker x={292} y={67} n={1} />
      <PictureMarker x={292} y={94} n={2} lookHere />
    </PictureFrame>
  );
}
