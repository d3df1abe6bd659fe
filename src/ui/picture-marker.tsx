interface Props {
  /** The centre of the marker, in the drawing's coordinates. */
  x: number;
  y: number;
  /** The number of the label it stands for (PictureFrame's labels, counted from 1). */
  n: number;
  /** The part to look at: drawn red, like its label. */
  lookHere?: boolean;
}

/** A numbered marker in a step picture's drawing. */
export function PictureMarker({ x, y, n, lookHere }: Props) {
  return (
    <>
      <circle cx={x} cy={y} r="10" className={lookHere ? 'marker danger' : 'marker'} />
      <text x={x} y={y + 4.5} className="marker-number">
        {n}
      </text>
    </>
  );
}
