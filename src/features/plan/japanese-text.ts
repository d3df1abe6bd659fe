import type { i18n } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Text } from './call-script';

/** Japanese and やさしい日本語 (ja-easy): the caller can speak for themselves. */
export function isJapanese(lng: string): boolean {
  return lng === 'ja' || lng.startsWith('ja-');
}

/**
 * What a read-out needs of the Japanese strings, by namespace. Keys, not whole namespaces: the
 * first screen's load may have brought only part of a file (src/i18n/locale-parts.ts), e.g. when
 * the person started in Japanese and switched before answering.
 */
const needed = (flowId: string): [string, string[]][] => [
  ['common', ['script']],
  [flowId, ['script', 'answers', 'steps']],
];

const missingNamespaces = (instance: i18n, flowId: string) =>
  needed(flowId)
    .filter(([ns, keys]) => keys.some((key) => instance.getResource('ja', ns, key) === undefined))
    .map(([ns]) => ns);

const hasJapanese = (instance: i18n, flowId: string) =>
  missingNamespaces(instance, flowId).length === 0;

// One fetch per i18next store and flow, shared by every step (and by StrictMode's second effect).
// Keyed by the store: react-i18next hands each render a fresh wrapper around the same instance.
const loads = new WeakMap<object, Map<string, Promise<void>>>();

/**
 * Fetches the Japanese strings of a flow into the page's i18next instance, once (offline: from
 * the service worker's cache, like any chunk). Only a page shown in another language calls this;
 * Japanese is never part of another language's first load. A failed fetch may be tried again.
 */
export function loadJapanese(instance: i18n, flowId: string): Promise<void> {
  if (hasJapanese(instance, flowId)) return Promise.resolve();
  const byFlow = loads.get(instance.store) ?? new Map<string, Promise<void>>();
  loads.set(instance.store, byFlow);
  let load = byFlow.get(flowId);
  if (!load) {
    // reloadResources fetches exactly these namespaces of this language, and can be retried;
    // it resolves even when a file fails, so the store says whether the strings arrived.
    load = instance.reloadResources(['ja'], missingNamespaces(instance, flowId)).then(() => {
      if (!hasJapanese(instance, flowId)) {
        byFlow.delete(flowId);
        throw new Error(`Japanese strings for ${flowId} could not be loaded`);
      }
    });
    byFlow.set(flowId, load);
  }
  return load;
}

export type JapaneseText =
  | { state: 'off' }
  | { state: 'loading' }
  | { state: 'failed'; retry: () => void }
  | { state: 'ready'; flowText: Text; commonText: Text };

/**
 * The Japanese texts of the flow and of common screens, for a plan with a call step shown in
 * another language: 'off' in Japanese (or with no call step), 'loading' for the short moment of
 * the fetch, then 'ready' (or 'failed').
 */
export function useJapaneseText(flowId: string, hasCallStep: boolean): JapaneseText {
  const { i18n } = useTranslation();
  const wanted = hasCallStep && !isJapanese(i18n.language);
  const ready = wanted && hasJapanese(i18n, flowId);
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState(-1);
  const [, setArrived] = useState(0);

  useEffect(() => {
    if (!wanted || ready) return;
    let live = true;
    loadJapanese(i18n, flowId).then(
      () => live && setArrived((n) => n + 1),
      () => live && setFailed(attempt),
    );
    return () => {
      live = false;
    };
  }, [i18n, flowId, wanted, ready, attempt]);

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
  };
}
