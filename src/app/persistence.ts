import { fromCallback } from 'xstate';
import { progressOf } from '../flow/machine';
import type { Progress } from '../flow/merge';
import type { Flow } from '../flow/types';
import { requestPersistence } from '../progress/persist';
import type { RestoreProblem } from '../progress/record';
import type { ReadResult, SafeStorage, StorageTrouble } from '../progress/safe-storage';
import { startOver } from '../progress/start-over';
import { recordFrom } from '../progress/save';
import {
  createProgressSync,
  type Merge,
  type ProgressSync,
  type SaveResult,
} from '../progress/sync';
import { saveTrail, type TrailEntry } from '../progress/trail';

/** What the app tells its persistence. */
export type PersistenceCommand =
  /** The flow on screen changed its progress: written at once. */
  | { type: 'save'; opened: OpenedFlow; progress: Progress }
  | { type: 'trail'; trail: TrailEntry[] }
  /** Start over: every flow's record and the trail go. */
  | { type: 'clear'; at: string }
  | { type: 'keptNewer.drop' };

/**
 * A flow as the app opened it. `read`: what it was restored from, so saving starts from the same
 * text (none after a start over: persistence reads what the clear left).
 */
export interface OpenedFlow {
  flow: Flow;
  read: ReadResult | undefined;
  /** The progress restored from it: the same progress given again is no change to save. */
  restored: Partial<Progress>;
}

/** What persistence tells the app. */
export type PersistenceReport =
  | { type: 'persistence.saved'; saved: boolean; trouble: StorageTrouble; keptNewer: boolean }
  | { type: 'persistence.merge'; merge: Merge }
  /** Another tab started over: the flow on screen follows. */
  | { type: 'persistence.restart' }
  /** Another tab's record could not all be read (said as at load). */
  | { type: 'persistence.problem'; problem: RestoreProblem }
  | { type: 'persistence.keptNewer'; kept: boolean };

const textOf = (flow: Flow, progress: Progress) => JSON.stringify(recordFrom(flow, progress));

/** Where the page's events come from (the window and document, or a test's own targets). */
export interface PageEvents {
  window: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  document: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & {
    visibilityState: DocumentVisibilityState;
  };
}

export interface PersistenceInput {
  storage: SafeStorage;
  flows: Flow[];
  now: () => Date;
  page: PageEvents | undefined;
}

/**
 * Saved progress, as an actor of the app: every change is written at once (a tap on a tel: link
 * may freeze or unload the page next), written again when the page hides after a failure, and
 * other tabs' changes come back as merges and restarts.
 */
export const persistence = fromCallback<PersistenceCommand, PersistenceInput, PersistenceReport>(
  ({ input, receive, sendBack }) => {
    const { storage, flows, now, page } = input;
    let sync: ProgressSync | undefined;
    /** The opening `sync` belongs to: a save for another one starts that flow's saving. */
    let openedFor: OpenedFlow | undefined;
    let syncFlow: Flow | undefined;
    /** Each flow's saving as the last start over left it (a clear that failed is tried again). */
    let afterClear: Map<string, ProgressSync> | undefined;
    /** The progress last given, for a retry. */
    let latest: Progress | undefined;
    /** The record's text as the flow was opened, until its first save. */
    let openedText: string | undefined;
    let askedToPersist = false;

    const report = (result: SaveResult) => {
      sendBack({
        type: 'persistence.saved',
        saved: result.saved,
        trouble: storage.trouble,
        keptNewer: sync?.keptNewer ?? false,
      });
      if (result.saved && !askedToPersist) {
        askedToPersist = true;
        void requestPersistence();
      }
      // What another tab had stored was merged into the record: the screen follows.
      if (result.merge) sendBack({ type: 'persistence.merge', merge: result.merge });
    };
    const retry = () => {
      if (sync && latest) report(sync.retry(latest));
    };

    receive((command) => {
      switch (command.type) {
        case 'save':
          if (!sync || openedFor !== command.opened) {
            const { flow, read, restored } = command.opened;
            sync = afterClear?.get(flow.id) ?? createProgressSync(flow, storage, now, read);
            syncFlow = flow;
            afterClear = undefined;
            openedFor = command.opened;
            openedText = textOf(flow, progressOf(restored));
          }
          latest = command.progress;
          {
            // The flow's first screen, as it was opened, is no change: a notice about what was
            // restored stays until the next one.
            const opening = openedText === textOf(command.opened.flow, command.progress);
            openedText = undefined;
            if (opening) return;
          }
          report(sync.save(command.progress));
          return;
        case 'trail':
          saveTrail(storage, command.trail);
          return;
        case 'clear':
          afterClear = startOver(storage, flows, command.at, now, (flow) =>
            flow === syncFlow ? sync : undefined,
          );
          sync = undefined;
          openedFor = undefined;
          latest = undefined;
          return;
        case 'keptNewer.drop':
          if (sync?.dropKeptNewer()) sendBack({ type: 'persistence.keptNewer', kept: false });
          return;
      }
    });

    if (!page) return;
    const onStorage = (event: Event) => {
      if (!sync) return;
      const { key, newValue } = event as StorageEvent;
      const incoming = sync.receive(key, newValue);
      if (incoming.kind === 'restart') sendBack({ type: 'persistence.restart' });
      else if (incoming.kind === 'merge')
        sendBack({ type: 'persistence.merge', merge: incoming.merge });
      // A damaged value from another tab: dropped, and said as at load (after the save it caused).
      if ((incoming.kind === 'merge' || incoming.kind === 'none') && incoming.problem) {
        sendBack({ type: 'persistence.problem', problem: 'partial' });
      }
      if (incoming.kind === 'restart' || incoming.kind === 'merge') return;
      if (incoming.kind === 'newer') sendBack({ type: 'persistence.keptNewer', kept: true });
      retry();
    };
    const onHide = () => {
      if (page.document.visibilityState === 'hidden') retry();
    };
    page.window.addEventListener('storage', onStorage);
    page.window.addEventListener('pagehide', retry);
    page.document.addEventListener('visibilitychange', onHide);
    return () => {
      page.window.removeEventListener('storage', onStorage);
      page.window.removeEventListener('pagehide', retry);
      page.document.removeEventListener('visibilitychange', onHide);
    };
  },
);
