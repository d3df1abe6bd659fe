import { describe, expect, it } from 'vitest';
import unknownPicture from '../fixtures/flows/unknown-picture.json';
import { checkFlow, formatError, type Locales } from '../../src/flow/check-flow';
import { pictureErrors, pictureNames } from '../../src/flow/check-pictures';
import { flows, getFlow, hotlines, sources } from '../../src/flow/registry';
import type { Flow } from '../../src/flow/types';
import { planFor } from '../../src/flow/plan';
import { resources } from '../../src/i18n/resources';
import { CLICKED_ONLY, OPENED_ONLY } from '../builders';
import { stepPictureNames } from '../../src/ui/step-picture';

const catalog = { hotlines, sources };

describe('step pictures: one component per file in src/ui/pictures/', () => {
  it('are the files the app shows and the checker knows alike', () => {
    expect(pictureNames()).toEqual(expect.arrayContaining(['sender-address', 'sms-sender']));
    expect(stepPictureNames()).toEqual(pictureNames());
  });

  it('names the flow file, the step, the field and the pictures there are for a picture with no component', () => {
    // The schema takes any id (no list of pictures to keep in step): the checker is the one that knows.
    const errors = checkFlow(
      'flows/unknown-picture.json',
      unknownPicture,
      catalog,
      resources as Locales,
      flows,
    );
    expect(errors.map(formatError)).toEqual([
      `flows/unknown-picture.json /steps/s1/picture: step "s1" shows the picture "sms-sendr", which has no component in src/ui/pictures/. Fix: use one of ${JSON.stringify(pictureNames())}, or add src/ui/pictures/sms-sendr.tsx (its default export is the picture) with its strings under "pictures.smsSendr" in every common.json.`,
    ]);
  });

  it('accepts every picture the shipped flows name', () => {
    const named = Object.values(flows).flatMap((flow) =>
      Object.values(flow.steps).flatMap((step) => (step.picture ? [step.picture] : [])),
    );
    expect(named).toEqual(expect.arrayContaining(['sender-address', 'sms-sender']));
    for (const flow of Object.values(flows)) {
      expect(pictureErrors(flow, `flows/${flow.id}.json`)).toEqual([]);
    }
    // A picture that is added is known at once: the list is read from the folder, not kept here.
    const flow = unknownPicture as unknown as Flow;
    expect(
      pictureErrors(flow, 'flows/unknown-picture.json', [...pictureNames(), 'sms-sendr']),
    ).toEqual([]);
  });
});

describe('the sender picture follows how the message arrived', () => {
  const flow = getFlow('mynaportal-phishing');
  const pictures = (answers: Record<string, string | string[]>) =>
    planFor(flow, answers).flatMap((id) => flow.steps[id]?.picture ?? []);

  it.each([
    ['mail', ['sender-address']],
    ['sms', ['sms-sender']],
    // A message in LINE or another app has no mail header and no SMS sender line to look at.
    ['app-message', []],
  ])('after a message by %s the plan draws %j', (arrived, expected) => {
    for (const answers of [OPENED_ONLY, CLICKED_ONLY]) {
      expect(pictures({ ...answers, arrived })).toEqual(expected);
    }
  });
});
