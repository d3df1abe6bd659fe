import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FlowError } from './check-flow';
import type { Flow } from './types';

/**
 * The step pictures: one component per file, the file's name (without .tsx) the value of a step's
 * "picture" (src/ui/step-picture.tsx shows them). The checker runs in Node (the command, the
 * tests), so it reads the folder itself: flow code imports no ui.
 */
export const PICTURES_FOLDER = 'src/ui/pictures';

/** The pictures there are: the names of the .tsx files in src/ui/pictures/, in order. */
export function pictureNames(): string[] {
  return readdirSync(join(import.meta.dirname, '../ui/pictures'))
    .filter((file) => file.endsWith('.tsx'))
    .map((file) => file.slice(0, -'.tsx'.length))
    .sort();
}

const camelCase = (name: string) => name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** A step whose picture has no component: the flow file, the step, the field and the fix. */
export function pictureErrors(
  flow: Flow,
  file: string,
  pictures: readonly string[] = pictureNames(),
): FlowError[] {
  return Object.entries(flow.steps).flatMap(([id, step]) =>
    step.picture === undefined || pictures.includes(step.picture)
      ? []
      : [
          {
            file,
            path: `/steps/${id}/picture`,
            message: `step "${id}" shows the picture "${step.picture}", which has no component in ${PICTURES_FOLDER}/`,
            fix: `use one of ${JSON.stringify(pictures)}, or add ${PICTURES_FOLDER}/${step.picture}.tsx (its default export is the picture) with its strings under "pictures.${camelCase(step.picture)}" in every common.json`,
          },
        ],
  );
}
