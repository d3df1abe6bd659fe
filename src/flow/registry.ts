import entryFile from '../../flows/catalog/entry.json';
import hotlinesFile from '../../flows/catalog/hotlines.json';
import sourcesFile from '../../flows/catalog/sources.json';
import { withLures, type Lure } from './lures';
import type { Flow, Hotline, Source } from './types';

// Every flow file in flows/ (the checker has proved each one before the build and the tests).
const files = import.meta.glob<Flow>('../../flows/*.json', { eager: true, import: 'default' });

// Every lure in flows/lures/ joins the flow that asks who the message claimed to be.
const lures = Object.values(
  import.meta.glob<Lure>('../../flows/lures/*.json', { eager: true, import: 'default' }),
);

export const flows: Record<string, Flow> = Object.fromEntries(
  Object.values(files).map((flow) => [flow.id, withLures(flow, lures)]),
);

// The checker has proved the catalog's shape (JSON imports type tuples as plain arrays).
export const hotlines = hotlinesFile.hotlines as unknown as Record<string, Hotline>;
export const sources: Record<string, Source> = sourcesFile.sources;

/**
 * The flow the app opens with, named in flows/catalog/entry.json (the checker has proved it names
 * a flow, and that every other flow can be reached from it).
 */
export const MAIN_FLOW_ID: string = entryFile.entry;

export function getFlow(id: string): Flow {
  const flow = flows[id];
  if (!flow) throw new Error(`No flow "${id}" in flows/`);
  return flow;
}
