import { PictureFrame, usePictureText } from '../picture-frame';
import { PictureMarker } from '../picture-marker';

/**
 * An SMS as it arrives on a phone: the sender line, a name or a number that can be made to look
 * like a real company's (1), and the link in the message, which is what must not be tapped (2).
 * The sender and the link are placeholders (○○, example.com), never a real company's.
 */
export default function SmsSenderPicture() {
  const p = usePictureText('smsSender');
  return (
    <PictureFrame
      viewBox="0 0 320 184"
      caption={p('caption')}
      labels={[{ text: p('senderLabel') }, { text: p('linkLabel'), lookHere: true }]}
    >
      <rect x="1" y="1" width="318" height="182" rx="14" className="phone" />
      <circle cx="36" cy="34" r="14" className="avatar" />
      <text x="60" y="39" className="name">
        {p('sender')}
      </text>
      <line x1="16" y1="62" x2="304" y2="62" className="divider" />
      <rect x="16" y="76" width="256" height="92" rx="12" className="bubble" />
      <text x="28" y="100">
        {p('line1')}
      </text>
      <text x="28" y="121">
        {p('line2')}
      </text>
      <rect x="22" y="132" width="216" height="26" rx="4" className="highlight" />
      <text x="30" y="150" className="link">
        {p('link')}
      </text>
      <PictureMarker x={292} y={34} n={1} />
      <PictureMarker x={292} y={145} n={2} lookHere />
    </PictureFrame>
  );
}
