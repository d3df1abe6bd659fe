/**
 * npm run check:flows — checks every flow in flows/, the hotline and source catalogs, the entry
 * (flows/catalog/entry.json: the flow the app opens with, from which every flow can be reached),
 * and that every locale has each text the data needs. Exits 1 with one line per problem.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  checkCatalog,
  checkEntry,
  checkFlow,
  checkLure,
  ENTRY_FILE,
  formatError,
  type Catalog,
  type FlowError,
  type Locales,
} from '../src/flow/check-flow';
import { readLureLocales } from './flow-locale';
import { withLures, type Lure } from '../src/flow/lures';
import type { Flow } from '../src/flow/types';

const root = join(import.meta.dirname, '..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

function readLocales(): Locales {
  const dir = join(root, 'src/i18n/locales');
  const locales: Locales = {};
  for (const lng of readdirSync(dir)) {
    locales[lng] = {};
    for (const file of readdirSync(join(dir, lng)).filter((f) => f.endsWith('.json'))) {
      locales[lng][basename(file, '.json')] = readJson(`src/i18n/locales/${lng}/${file}`);
    }
  }
  return locales;
}

const errors: FlowError[] = [];
const locales = readLocales();
// Each lure's own strings: src/i18n/locales/<lng>/lures/<id>.json.
const lureLocales = readLureLocales(root);
const hotlines = readJson('flows/catalog/hotlines.json');
const sources = readJson('flows/catalog/sources.json');
errors.push(...checkCatalog(hotlines, sources, locales));
const catalog = {
  hotlines: (hotlines as { hotlines: Catalog['hotlines'] }).hotlines,
  sources: (sources as { sources: Catalog['sources'] }).sources,
};

const flowFiles = readdirSync(join(root, 'flows')).filter((f) => f.endsWith('.json'));
// Every flow by id, so an answer that continues in another flow can be checked against it.
const otherFlows: Record<string, Flow> = {};
for (const file of flowFiles) {
  try {
    const json = readJson(`flows/${file}`) as Flow;
    if (typeof json.id === 'string') otherFlows[json.id] = json;
  } catch {
    // Reported below.
  }
}
// Every lure in flows/lures/, checked against the flow that asks who a message claimed to be, then
// joined to it: the flow is checked (keys, sources, plans) with its lures. Each is kept with its
// file, so an error names the right one even when another lure file is not JSON.
const lureFiles: { file: string; lure: Lure }[] = [];
for (const name of readdirSync(join(root, 'flows/lures')).filter((f) => f.endsWith('.json'))) {
  const file = `flows/lures/${name}`;
  try {
    lureFiles.push({ file, lure: readJson(file) as Lure });
  } catch (error) {
    errors.push({
      file,
      path: '/',
      message: `not valid JSON (${(error as Error).message})`,
      fix: 'correct the JSON syntax',
    });
  }
}
const lures = lureFiles.map(({ lure }) => lure);
let flowsAccepted = true;
for (const file of flowFiles) {
  const path = `flows/${file}`;
  let json: unknown;
  try {
    json = readJson(path);
  } catch (error) {
    errors.push({
      file: path,
      path: '/',
      message: `not valid JSON (${(error as Error).message})`,
      fix: 'correct the JSON syntax',
    });
    flowsAccepted = false;
    continue;
  }
  const asked = json as Flow;
  const found: FlowError[] = [];
  if (typeof asked.lures === 'string' && typeof asked.questions === 'object') {
    for (const { file: lureFile, lure } of lureFiles) {
      found.push(...checkLure(lureFile, lure, asked, lures));
    }
  }
  if (found.length === 0) {
    const joined = typeof asked.lures === 'string' ? withLures(asked, lures) : json;
    found.push(
      ...checkFlow(path, joined, catalog, locales, otherFlows, { lures, locales: lureLocales }),
    );
  }
  const id = (json as { id?: unknown }).id;
  if (found.length === 0 && id !== basename(file, '.json')) {
    found.push({
      file: path,
      path: '/id',
      message: `id "${String(id)}" differs from the file name`,
      fix: `rename the file to ${String(id)}.json or set "id" to "${basename(file, '.json')}"`,
    });
  }
  if (found.length) flowsAccepted = false;
  errors.push(...found);
}
// Which flows the entry reaches is read from their handoffs: once every flow file has passed.
if (flowsAccepted) errors.push(...checkEntry(readJson(ENTRY_FILE), otherFlows));

if (errors.length) {
  for (const e of errors) console.error(formatError(e));
  console.error(`\n${errors.length} problem(s) in the flow data.`);
  process.exit(1);
}
console.log(
  `Flows OK: ${flowFiles.length} flow(s), ${lures.length} lure(s), ${Object.keys(catalog.hotlines).length} hotlines, ${Object.keys(catalog.sources).length} sources, ${Object.keys(locales).length} locales.`,
);
