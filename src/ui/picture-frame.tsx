import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextWithReadings } from './text-with-readings';

export interface PictureLabel {
  text: string;
  /** The part to look at: its label is drawn in red and bold (its marker too, in the drawing). */
  lookHere?: boolean;
}

interface Props {
  /** The drawing's own coordinates; it is scaled to the card's width. */
  viewBox: string;
  /** What the drawing shows: the image's accessible name. */
  caption: string;
  /** What each numbered marker of the drawing points at, in the markers' order (1, 2, …). */
  labels: PictureLabel[];
  /** The drawing: SVG shapes and text, with a PictureMarker for each label. */
  children: ReactNode;
}

/**
 * The frame of every step picture (src/ui/pictures/): the drawing, one image named by its caption,
 * drawn here (no image file, no request), and under it the caption and the markers' labels as
 * HTML, numbered like the markers: SVG text cannot wrap, and some languages need two lines.
 */
export function PictureFrame({ viewBox, caption, labels, children }: Props) {
  const captionId = useId();
  return (
    <figure className="step-picture">
      <svg viewBox={viewBox} role="img" aria-labelledby={captionId} focusable="false">
        {children}
      </svg>
      <figcaption>
        <span id={captionId}>
          <TextWithReadings text={caption} />
        </span>
        <ol className="step-picture-labels">
          {labels.map((label, i) => (
            <li key={i} className={label.lookHere ? 'look-here' : undefined}>
              <TextWithReadings text={label.text} />
            </li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}

/**
 * A picture's strings: `pictures.<name>.<key>` of common.json (`name` in camelCase, e.g.
 * smsSender for src/ui/pictures/sms-sender.tsx).
 */
export function usePictureText(name: string): (key: string) => string {
  const { t } = useTranslation();
  return (key) => t(`pictures.${name}.${key}` as 'pictures.senderAddress.caption');
}
