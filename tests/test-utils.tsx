import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll } from 'vitest';
import { loadLaterScreens } from '../src/app/later-screens';
import { Root } from '../src/app/root';
import { getFlow, MAIN_FLOW_ID } from '../src/flow/registry';
import type { Answers } from '../src/flow/types';
import { i18nextCode, type Language } from '../src/i18n/languages';
import { createI18n } from '../src/i18n/setup';
import { progressKey } from '../src/progress/keys';
import type { ProgressRecord } from '../src/progress/record';
import { openStorage, type SafeStorage } from '../src/progress/safe-storage';
import { FRONT_DOOR, progressRecord } from './builders';
import { nameOf } from './e2e/readings-support';

interface Options {
  /** A record (or raw text) placed in localStorage before the app starts. */
  storedProgress?: Partial<ProgressRecord> | string;
  lng?: Language;
  storage?: SafeStorage;
  flowId?: string;
}

// The plan and record screens come in a later chunk (src/app/later-screens.tsx). Have them before
// each file's tests, as the page has them by the time someone reaches the plan.
beforeAll(() => loadLaterScreens(createI18n('ja')).then(() => undefined));

/** Renders the whole app over a real i18next instance and real (jsdom) localStorage. */
export function renderApp({
  storedProgress,
  lng = 'ja',
  storage,
  flowId = MAIN_FLOW_ID,
}: Options = {}) {
  if (storedProgress !== undefined) {
    localStorage.setItem(
      progressKey(flowId),
      typeof storedProgress === 'string'
        ? storedProgress
        : JSON.stringify(progressRecord(storedProgress)),
    );
  }
  const i18n = createI18n(lng);
  const user = userEvent.setup();
  const result = render(
    <Root flow={getFlow(flowId)} storage={storage ?? openStorage()} i18n={i18n} />,
  );
  return { ...result, user, i18n };
}

export function savedProgress(flowId = MAIN_FLOW_ID): ProgressRecord | null {
  const raw = localStorage.getItem(progressKey(flowId));
  return raw === null ? null : (JSON.parse(raw) as ProgressRecord);
}

/** The step titles of the plan's lists, top to bottom (the folded parts included). */
export const stepTitles = () =>
  [...document.querySelectorAll('.plan .steps > li .step-title')].map((t) => t.textContent);

/** The plan's list item whose title is this. */
export function stepItem(title: string): HTMLElement {
  const item = [...document.querySelectorAll<HTMLElement>('.plan .steps > li')].find(
    (li) => li.querySelector('.step-title')?.textContent === title,
  );
  if (!item) throw new Error(`no step "${title}"`);
  return item;
}

/**
 * Answers the main flow's front door (what arrived, who it claimed to be) by tapping its buttons,
 * as a person does: by default a mail that claimed to be マイナポータル (FRONT_DOOR).
 */
export async function throughFrontDoor(
  user: ReturnType<typeof renderApp>['user'],
  lng: Language = 'ja',
  answers: Answers = FRONT_DOOR,
) {
  const t = createI18n(lng).getFixedT(i18nextCode(lng), MAIN_FLOW_ID as 'common') as unknown as (
    key: string,
  ) => string;
  for (const [question, answer] of Object.entries(answers)) {
    await user.click(
      screen.getByRole('button', { name: nameOf(t(`answers.${question}.${String(answer)}`)) }),
    );
  }
}
