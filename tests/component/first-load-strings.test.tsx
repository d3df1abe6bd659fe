import { cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { Root } from '../../src/app/root';
import { walk } from '../../src/flow/path';
import { getFlow, MAIN_FLOW_ID } from '../../src/flow/registry';
import type { Answers } from '../../src/flow/types';
import { i18nextCode, LANGUAGES } from '../../src/i18n/languages';
import type { LocaleFile } from '../../src/i18n/locale-files';
import { FIRST_SCREEN_KEYS, localePart } from '../../src/i18n/locale-parts';
import { resources } from '../../src/i18n/resources';
import { progressKey } from '../../src/progress/keys';
import { openStorage } from '../../src/progress/safe-storage';
import { entered, progressRecord } from '../builders';

/**
 * The first load carries only the first part of the files the questions read
 * (src/i18n/locale-parts.ts). Every question screen must find all its strings there: a key left
 * out would show as a raw key to someone on their first visit.
 */
const flow = getFlow(MAIN_FLOW_ID);
// The longest path through the questions, and the phone call's: between them, every question
// is asked.
const PATHS: Answers[] = [
  entered('sent', ['card', 'bank']),
  { arrived: 'call', 'call-what': 'paid' },
];

function firstPartsOnly(lng: (typeof LANGUAGES)[number], missing: string[]) {
  const files = (resources[lng] ?? {}) as Record<string, LocaleFile>;
  const bundle = {
    ...Object.fromEntries(
      Object.keys(FIRST_SCREEN_KEYS).map((ns) => [ns, localePart(ns, files[ns] ?? {}, 'first')]),
    ),
    // The switcher's words are in the bundle (src/i18n/load-i18n.ts), not in a fetched file.
    language: files.language ?? {},
  };
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: i18nextCode(lng),
    defaultNS: 'common',
    ns: Object.keys(bundle),
    resources: { [i18nextCode(lng)]: bundle },
    fallbackLng: false,
    interpolation: { escapeValue: false },
    initAsync: false,
    saveMissing: true,
    missingKeyHandler: (_lngs, ns, key) => missing.push(`${ns}:${key}`),
  });
  return instance;
}

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('the strings of the first load', () => {
  it('asks every question of the main flow', () => {
    const asked = new Set(PATHS.flatMap((answers) => walk(flow, answers).asked));
    expect([...asked].sort()).toEqual(Object.keys(flow.questions).sort());
  });

  it('leave out the plan: each step is fetched after the first answer', () => {
    const ja = resources.ja as Record<string, LocaleFile>;
    expect(Object.keys(localePart(MAIN_FLOW_ID, ja[MAIN_FLOW_ID] ?? {}, 'first'))).not.toContain(
      'steps',
    );
    expect(Object.keys(localePart('common', ja.common ?? {}, 'first'))).not.toContain('plan');
  });

  for (const lng of LANGUAGES) {
    it(`hold every string of every question screen in ${lng}`, () => {
      const missing: string[] = [];
      const i18n = firstPartsOnly(lng, missing);
      for (const path of PATHS) {
        const asked = walk(flow, path).asked;
        for (const [index, question] of asked.entries()) {
          // Saved progress up to this question: the app opens on it.
          const answers: Answers = Object.fromEntries(
            asked.slice(0, index).flatMap((q) => (path[q] ? [[q, path[q]]] : [])),
          );
          localStorage.setItem(progressKey(flow.id), JSON.stringify(progressRecord({ answers })));
          render(<Root flow={flow} storage={openStorage()} i18n={i18n} />);
          const heading = screen.getByRole('heading', { level: 1 });
          expect(heading.textContent, question).not.toMatch(/questions\./);
          cleanup();
        }
      }
      expect(missing).toEqual([]);
    });
  }
});
