import type { Resource } from 'i18next';
import { flows } from '../flow/registry';
import { byLanguage, type LocaleFile } from './locale-files';
import { withLureStrings, type LureStrings } from './lure-strings';

const files = byLanguage(
  import.meta.glob<LocaleFile>('./locales/*/*.json', { eager: true, import: 'default' }),
);
// ./locales/<language>/lures/<id>.json, by language and lure.
const lureFiles = byLanguage(
  import.meta.glob<LureStrings>('./locales/*/lures/*.json', { eager: true, import: 'default' }),
  /\.\/locales\/([^/]+)\/lures\/([^/]+)\.json$/,
);

/**
 * Every locale file, by language and namespace: common (screens), catalog (hotlines, sources), and
 * one per flow, a flow that asks who a message claimed to be with its lures' strings merged in
 * (./lure-strings.ts). Bundled eagerly, for the tests and the build's pre-rendering; the page
 * itself loads only its own language (./load-i18n.ts), so nothing imports this file there.
 */
export const resources: Resource = Object.fromEntries(
  Object.entries(files).map(([lng, namespaces]) => [
    lng,
    Object.fromEntries(
      Object.entries(namespaces).map(([ns, file]) => {
        const question = flows[ns]?.lures;
        return [ns, question ? withLureStrings(file, question, lureFiles[lng] ?? {}) : file];
      }),
    ),
  ]),
);
