import type { i18n } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Text } from './call-script';

/** Japanese and やさしい日本語 (ja-easy): the caller can speak for themselves. */
export function isJapanese(lng: string): boolean {
  return lng === 'ja' || lng.startsWith('ja-');
}

/** Namespaces and the top-level keys of each that a screen needs in Japanese. */
export type NeededText = readonly (readonly [ns: string, keys: readonly string[]])[];

/**
 * What a read-out needs of the Japanese strings, by namespace, and what a screen adds (the
 * record: its call-details labels). Keys, not whole namespaces: the first screen's load may have
 * brought only part of a file (src/i18n/locale-parts.ts), e.g. when the person started in
 * Japanese and switched before answering.
 */
const needed = (flowId: string, extra: NeededText): NeededText => [
  ['common', ['script']],
  [flowId, ['script', 'answers', 'steps']],
  ...extra,
];

const missingNamespaces = (instance: i18n, flowId: string, extra: NeededText) =>
  needed(flowId, extra)
    .filter(([ns, keys]) => keys.some((key) => instance.getResource('ja', ns, key) === undefined))
    .map(([ns]) => ns);

const hasJapanese = (instance: i18n, flowId: string, extra: NeededText) =>
  missingNamespaces(instance, flowId, extra).length === 0;

// One fetch per i18next store and flow, shared by every step (and by StrictMode's second effect).
// Keyed by the store: react-i18next hands each render a fresh wrapper around the same instance.
const loads = new WeakMap<object, Map<string, Promise<void>>>();

/**
 * Fetches the Japanese strings of a flow into the page's i18next instance, once (offline: from
 * the service worker's cache, like any chunk). Only a page shown in another language calls this;
 * Japanese is never part of another language's first load. A failed fetch may be tried again.
 */
export function loadJapanese(
  instance: i18n,
  flowId: string,
  extra: NeededText = [],
): Promise<void> {
  if (hasJapanese(instance, flowId, extra)) return Promise.resolve();
  const byFlow = loads.get(instance.store) ?? new Map<string, Promise<void>>();
  loads.set(instance.store, byFlow);
  const key = JSON.stringify([flowId, extra]);
  let load = byFlow.get(key);
  if (!load) {
    // reloadResources fetches exactly these namespaces of this language, and can be retried;
    // it resolves even when a file fails, so the store says whether the strings arrived.
    const missing = missingNamespaces(instance, flowId, extra);
    load = instance.reloadResources(['ja'], missing).then(() => {
      if (!hasJapanese(instance, flowId, extra)) {
        byFlow.delete(key);
        throw new Error(`Japanese strings for ${flowId} could not be loaded`);
      }
    });
    byFlow.set(key, load);
  }
  return load;
}

const NONE: NeededText = [];

export type JapaneseText =
  | { state: 'off' }
  | { state: 'loading' }
  | { state: 'failed'; retry: () => void }
  | {
      state: 'ready';
      flowText: Text;
      commonText: Text;
      /** Any other namespace asked for in `extra` (the record's own strings). */
      text: (ns: string) => Text;
    };

/**
 * The Japanese texts of the flow and of common screens, for a plan with a call step shown in
 * another language: 'off' in Japanese (or with no call step), 'loading' for the short moment of
 * the fetch, then 'ready' (or 'failed'). `extra` names more namespaces and keys to fetch; pass a
 * constant (it is compared by content, but read on every render).
 */
export function useJapaneseText(
  flowId: string,
  hasCallStep: boolean,
  extra: NeededText = NONE,
): JapaneseText {
  const { i18n } = useTranslation();
  const wanted = hasCallStep && !isJapanese(i18n.language);
  const ready = wanted && hasJapanese(i18n, flowId, extra);
  const extraKey = JSON.stringify(extra);
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState(-1);
  const [, setArrived] = useState(0);

  useEffect(() => {
    if (!wanted || ready) return;
    let live = true;
    loadJapanese(i18n, flowId, JSON.parse(extraKey) as NeededText).then(
      () => live && setArrived((n) => n + 1),
      () => live && setFailed(attempt),
    );
    return () => {
      live = false;
    };
  }, [i18n, flowId, wanted, ready, attempt, extraKey]);

  if (!wanted) return { state: 'off' };
  if (!ready) {
    return failed === attempt
      ? { state: 'failed', retry: () => setAttempt((n) => n + 1) }
      : { state: 'loading' };
  }
  // The namespace is a flow id, known at run time only: the one untyped cast (as in data-text.ts).
  const fixed = (ns: string) =>
    i18n.getFixedT('ja', ns as 'common') as unknown as (k: string, v?: object) => string;
  const flowText = fixed(flowId);
  const commonText = fixed('common');
  return {
    state: 'ready',
    flowText: (key, values) => flowText(key, values),
    commonText: (key, values) => commonText(key, values),
    text: (ns) => {
      const nsText = fixed(ns);
      return (key, values) => nsText(key, values);
    },
  };
}
