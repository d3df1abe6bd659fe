import type { ComponentType } from 'react';
import './step-picture.css';

/**
 * Every picture a step can show: one component per file in ./pictures/, its default export, named
 * by its file. `"picture": "sms-sender"` in a flow's step shows ./pictures/sms-sender.tsx; its
 * strings are under `pictures.smsSender` in each common.json. Adding a picture is adding its file
 * (and its strings): the flow checker (src/flow/check-pictures.ts) reads the same folder and
 * rejects a step whose picture has no file. Eager: the pictures come with the plan's chunk, which
 * the first load does not fetch.
 */
const files = import.meta.glob<ComponentType>('./pictures/*.tsx', {
  eager: true,
  import: 'default',
});
const PICTURES: Readonly<Record<string, ComponentType>> = Object.fromEntries(
  Object.entries(files).map(([path, picture]) => [path.replace(/^.*\/|\.tsx$/g, ''), picture]),
);

/** The names of the pictures there are, in order. */
export const stepPictureNames = (): string[] => Object.keys(PICTURES).sort();

/** The picture a step's data names (none for a name without a file: the checker refuses those). */
export function StepPicture({ name }: { name: string }) {
  const Picture = PICTURES[name];
  return Picture ? <Picture /> : null;
}
