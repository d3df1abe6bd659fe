import { assertEvent, assign, sendTo, setup, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import { flowMachine, progressOf, type FlowOutput, type WizardActor } from '../flow/machine';
import type { Answers, Flow } from '../flow/types';
import { FLOW_TRAIL_KEY, progressKey } from '../progress/keys';
import type { RestoreProblem } from '../progress/record';
import type { SafeStorage, StorageTrouble } from '../progress/safe-storage';
import { restoreFrom } from '../progress/sync';
import { restoreTrail, startTrail, type TrailEntry } from '../progress/trail';
import {
  persistence,
  type OpenedFlow,
  type PageEvents,
  type PersistenceReport,
} from './persistence';

/** What the notices about saved progress say. */
export interface Notices {
  /** False while storage refuses us: progress lives in memory only. */
  saving: boolean;
  /** Why storage refused us ('full' or 'blocked'). */
  trouble: StorageTrouble;
  /** What was wrong with the record restored (until the person's next change is saved). */
  restoreProblem: RestoreProblem;
  /** A record from a newer version of the app is kept aside, untouched, until the person chooses. */
  keptNewer: boolean;
}

/** The flow on screen, as it was opened: its actor's input. */
interface Opened extends OpenedFlow {
  /** Answers known from the flow it was entered from, given when it was entered. */
  preset: { answers: Answers; at: string } | undefined;
  /** A question to open again on entering, its earlier answer marked. */
  ask?: string;
}

export interface AppContext {
  storage: SafeStorage;
  flows: Record<string, Flow>;
  /** The flow the app opens with (flows/ names it). */
  entry: string;
  now: () => Date;
  /** Which flows the person has come through, and how many questions each asked. */
  trail: TrailEntry[];
  opened: Opened;
  notices: Notices;
  /** Another flow (or a start over) replaced the first screen: its heading takes the focus. */
  switched: boolean;
  page: PageEvents | undefined;
}

export type AppEvent =
  | { type: 'app.restart' }
  /** Back from the first question of a flow entered from another one. */
  | { type: 'flow.leave' }
  | { type: 'record.open' }
  | { type: 'record.close' }
  | { type: 'sources.open' }
  | { type: 'sources.close' }
  | { type: 'keptNewer.drop' }
  | PersistenceReport;

export interface AppInput {
  storage: SafeStorage;
  flows: Record<string, Flow>;
  entry: string;
  now?: () => Date;
  /** The page's events for persistence (defaults to window and document where there are). */
  page?: PageEvents;
}

const browserPage = (): PageEvents | undefined =>
  typeof window === 'undefined' ? undefined : { window, document };

/** A flow opened from what storage holds for it, with answers known from another flow on top. */
function open(
  context: Pick<AppContext, 'storage' | 'now'>,
  flow: Flow,
  preset: Answers = {},
  ask?: string,
): { opened: Opened; notices: Pick<Notices, 'restoreProblem' | 'keptNewer'> } {
  const read = context.storage.tryRead(progressKey(flow.id));
  const { record, problem } = restoreFrom(read, flow, context.now());
  const given = Object.keys(preset).length > 0;
  const opened: Opened = {
    flow,
    read,
    restored: { ...record },
    preset: given ? { answers: preset, at: context.now().toISOString() } : undefined,
    ask,
  };
  return { opened, notices: { restoreProblem: problem, keptNewer: problem === 'newer' } };
}

const flowOf = (context: AppContext, id: string | undefined) =>
  (id !== undefined && context.flows[id]) || (context.flows[context.entry] as Flow);

/**
 * The app: which flow is on screen (its actor a child, restored from storage), the views over it
 * (my record, the sources), start over, and saved progress (the persistence actor).
 *
 *   app ── persistence (invoked: storage, other tabs)
 *    └─ flow (invokes the flow actor; done → the next flow)
 *        ├─ screens ⇄ record
 *        └─ sources (over either; back to where it was opened)
 */
export const appMachine = setup({
  types: {} as { context: AppContext; events: AppEvent; input: AppInput },
  actors: { flow: flowMachine, persistence },
  guards: {
    cameFromAnotherFlow: ({ context }) => context.trail.length > 1,
  },
  actions: {
    saveTrail: sendTo('persistence', ({ context }) => ({
      type: 'trail' as const,
      trail: context.trail,
    })),
    // The answer that hands on (or the offer taken) is kept in the flow it was given in.
    saveHandingOver: sendTo('persistence', ({ context, event }) => ({
      type: 'save' as const,
      opened: context.opened,
      progress: (event as unknown as { output: FlowOutput }).output.progress,
    })),
    enterNext: assign(({ context, event }) => {
      const { handoff, asked } = (event as unknown as { output: FlowOutput }).output;
      const target = flowOf(context, handoff.flow);
      const ids = context.trail.map((e) => e.flow);
      // Coming back to a flow already on the trail returns to it rather than growing a loop.
      const at = ids.indexOf(target.id);
      const here = [...context.trail.slice(0, -1), { flow: ids.at(-1) ?? context.entry, asked }];
      const trail =
        at >= 0 ? context.trail.slice(0, at + 1) : [...here, { flow: target.id, asked: 0 }];
      const { opened, notices } = open(context, target, handoff.answers, handoff.ask);
      return { trail, opened, switched: true, notices: { ...context.notices, ...notices } };
    }),
    leave: assign(({ context }) => {
      const trail = context.trail.slice(0, -1);
      const { opened, notices } = open(context, flowOf(context, trail.at(-1)?.flow));
      return { trail, opened, switched: true, notices: { ...context.notices, ...notices } };
    }),
    clearEverything: sendTo('persistence', ({ context }) => ({
      type: 'clear' as const,
      at: context.opened.restored.clearedAt ?? '',
    })),
    startAgain: assign(({ context }) => ({
      trail: startTrail(context.entry),
      opened: {
        flow: flowOf(context, context.entry),
        read: undefined,
        restored: { clearedAt: context.now().toISOString() },
        preset: undefined,
      },
      switched: true,
      notices: { ...context.notices, restoreProblem: 'none' as const, keptNewer: false },
    })),
    saveProgress: sendTo('persistence', ({ context, event }) => ({
      type: 'save' as const,
      opened: context.opened,
      progress: progressOf(
        (event as unknown as { snapshot: SnapshotFrom<typeof flowMachine> }).snapshot.context,
      ),
    })),
    noteSaved: assign(({ context, event }) => {
      assertEvent(event, 'persistence.saved');
      const { restoreProblem } = context.notices;
      return {
        notices: {
          saving: event.saved,
          trouble: event.trouble,
          // The notice about a damaged record stays until the person's next change is saved.
          restoreProblem: event.saved && restoreProblem !== 'newer' ? 'none' : restoreProblem,
          keptNewer: context.notices.keptNewer || event.keptNewer,
        },
      };
    }),
    noteProblem: assign(({ context, event }) => {
      assertEvent(event, 'persistence.problem');
      return { notices: { ...context.notices, restoreProblem: event.problem } };
    }),
    noteKeptNewer: assign(({ context, event }) => {
      assertEvent(event, 'persistence.keptNewer');
      return { notices: { ...context.notices, keptNewer: event.kept } };
    }),
    mergeIntoFlow: sendTo('flow', ({ event }) => {
      assertEvent(event, 'persistence.merge');
      return { type: 'progress.merge' as const, ...event.merge };
    }),
    followRestart: sendTo('flow', { type: 'wizard.restart' as const }),
  },
}).createMachine({
  id: 'app',
  context: ({ input }) => {
    const now = input.now ?? (() => new Date());
    const trail = restoreTrail(
      input.storage.read(FLOW_TRAIL_KEY),
      input.entry,
      Object.keys(input.flows),
    );
    const base = { storage: input.storage, flows: input.flows, entry: input.entry, now };
    const current = input.flows[trail.at(-1)?.flow ?? input.entry] as Flow;
    const { opened, notices } = open(base, current);
    return {
      ...base,
      trail,
      opened,
      switched: false,
      page: input.page ?? browserPage(),
      notices: { saving: input.storage.available, trouble: input.storage.trouble, ...notices },
    };
  },
  invoke: {
    id: 'persistence',
    src: 'persistence',
    input: ({ context }) => ({
      storage: context.storage,
      flows: Object.values(context.flows),
      now: context.now,
      page: context.page,
    }),
  },
  initial: 'flow',
  states: {
    flow: {
      invoke: {
        id: 'flow',
        src: 'flow',
        input: ({ context }) => {
          const { flow, restored, preset, ask } = context.opened;
          const answers = preset && { answers: { ...restored.answers, ...preset.answers } };
          return { flow, ask, ...restored, ...answers, ...(preset && { answeredAt: preset.at }) };
        },
        // Every change of the flow's progress is saved at once (an unchanged one writes nothing).
        onSnapshot: { actions: 'saveProgress' },
        // The flow continues in another one: the answers it hands over open that one.
        onDone: {
          target: 'flow',
          reenter: true,
          actions: ['saveHandingOver', 'enterNext', 'saveTrail'],
        },
      },
      initial: 'screens',
      states: {
        screens: { on: { 'record.open': 'record' } },
        // "My record" is a view of the plan: one tap from it, and back.
        record: { on: { 'record.close': 'screens' } },
        sources: { on: { 'sources.close': 'opener' } },
        opener: { type: 'history' },
      },
      on: {
        'sources.open': '.sources',
        // Start over: one event, one path (everything stored goes, the entry flow opens empty).
        'app.restart': {
          target: 'flow',
          reenter: true,
          actions: ['startAgain', 'clearEverything'],
        },
        'flow.leave': {
          guard: 'cameFromAnotherFlow',
          target: 'flow',
          reenter: true,
          actions: ['leave', 'saveTrail'],
        },
      },
    },
  },
  on: {
    'persistence.saved': { actions: 'noteSaved' },
    'persistence.problem': { actions: 'noteProblem' },
    'persistence.keptNewer': { actions: 'noteKeptNewer' },
    'persistence.merge': { actions: 'mergeIntoFlow' },
    'persistence.restart': { actions: 'followRestart' },
    'keptNewer.drop': { actions: sendTo('persistence', { type: 'keptNewer.drop' as const }) },
  },
});

export type AppActor = ActorRefFrom<typeof appMachine>;

/** The flow actor on screen (absent only for the instant between two flows). */
export const flowActorOf = (snapshot: SnapshotFrom<typeof appMachine>) =>
  snapshot.children.flow as WizardActor | undefined;

/** Questions answered in the flows before the one on screen: the counter goes on from them. */
export const questionsBefore = (context: AppContext) =>
  context.trail.slice(0, -1).reduce((sum, e) => sum + e.asked, 0);
