import { createActor } from 'xstate';
import { appMachine, flowActorOf, type AppActor } from '../../src/app/app-machine';
import type { PageEvents, PersistenceReport } from '../../src/app/persistence';
import type { WizardActor, WizardContext } from '../../src/flow/machine';
import { flows, MAIN_FLOW_ID } from '../../src/flow/registry';
import { openStorage } from '../../src/progress/safe-storage';

export interface AppTab {
  app: AppActor;
  /** The flow actor on screen. */
  readonly actor: WizardActor;
  context: () => WizardContext;
  /** A storage event from another tab, as the browser fires it on this tab's window. */
  storageEvent: (key: string | null, newValue: string | null) => void;
  /** The page is hidden (the person switched apps): a failed save is tried again. */
  hide: () => void;
  /** Snapshots the app has gone through (a save loop shows as thousands). */
  snapshots: () => number;
}

/**
 * One tab of the app, as the page starts it (src/app/app.tsx): the app machine over this
 * localStorage stand-in, with its own window and document for storage and visibility events.
 */
export function openTab(
  localStorage: Storage,
  now: () => Date,
  onReport: (report: PersistenceReport) => void = () => {},
): AppTab {
  const window = new EventTarget();
  const document = Object.assign(new EventTarget(), {
    visibilityState: 'visible' as DocumentVisibilityState,
  });
  const page: PageEvents = { window, document };
  const app: AppActor = createActor(appMachine, {
    input: { storage: openStorage({ localStorage }), flows, entry: MAIN_FLOW_ID, now, page },
    // What persistence tells the app (saved, another tab's restart), as it arrives.
    inspect: (e) => {
      if (
        e.type === '@xstate.event' &&
        e.actorRef === app &&
        e.event.type.startsWith('persistence.')
      )
        onReport(e.event as PersistenceReport);
    },
  });
  let snapshots = 0;
  app.subscribe(() => snapshots++);
  app.start();
  const wizard = () => {
    const actor = flowActorOf(app.getSnapshot());
    if (!actor) throw new Error('no flow on screen');
    return actor;
  };
  return {
    app,
    get actor() {
      return wizard();
    },
    context: () => wizard().getSnapshot().context,
    storageEvent: (key, newValue) =>
      window.dispatchEvent(Object.assign(new Event('storage'), { key, newValue })),
    hide: () => {
      document.visibilityState = 'hidden';
      document.dispatchEvent(new Event('visibilitychange'));
      document.visibilityState = 'visible';
    },
    snapshots: () => snapshots,
  };
}
