import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { getAdjacencyMap, getSimplePaths } from 'xstate/graph';
import { holds } from '../../src/flow/condition';
import { flowMachine, PLAN, screenOf, type WizardEvent } from '../../src/flow/machine';
import { walk } from '../../src/flow/path';
import { planFor } from '../../src/flow/plan';
import { flows } from '../../src/flow/registry';
import type { Flow } from '../../src/flow/types';
import { restoreRecord } from '../../src/progress/record';
import { recordFrom } from '../../src/progress/save';

/**
 * Every simple path of every flow in flows/, through its answers and a tick on the plan; at the
 * end of each, the plan's invariants hold and the saved record restores to the same progress.
 * The counts are recorded so a change to a flow shows up here (a new flow only needs its count).
 */
// A snapshot: a change to a flow's questions changes its count, and this line with it.
const SIMPLE_PATHS: Record<string, number> = {
  'is-it-a-scam': 607,
  'mynaportal-phishing': 1125,
};

const AT = '2026-11-29T05:00:00.000Z';

/**
 * An explicit event list for each screen: its answers (each option alone and all together for a
 * multi question) and, on the plan, a tick of the plan's first step with a tick box. Back is left to the machine
 * and property tests: with it, simple paths wander through every earlier answer and run to millions.
 */
function eventsFor(flow: Flow) {
  return (snapshot: Snapshot): WizardEvent[] => {
    if (screenOf(snapshot) === PLAN) {
      // The first step with a tick box: steps to know ('info') have none.
      const first = planFor(flow, snapshot.context.answers).find(
        (id) => flow.steps[id]?.kind !== 'info',
      );
      return first ? [{ type: 'step.toggle', step: first, at: AT }] : [];
    }
    const question = screenOf(snapshot);
    const q = flow.questions[question];
    if (!q) return [];
    const all =
      q.kind === 'multi' ? [...q.options.map((o) => [o]), q.options] : Object.keys(q.answers);
    // The front door (what arrived, who it claimed to be): its first and last answers (a mail and a
    // call; the first lure and "other"). SMS and app messages lead on as a mail does, and every lure
    // joins the flow the same way (src/flow/lures.ts); tests/unit/lures.test.ts checks each one.
    const frontDoor =
      flow.lures !== undefined && (question === flow.lures || question === flow.start);
    const answers = frontDoor ? [all[0] ?? '', all.at(-1) ?? ''] : all;
    return answers.map((answer): WizardEvent => ({ type: 'answer.select', answer, at: AT }));
  };
}

// The screen, the answers and which steps are ticked decide the state; times and history do not.
const serializeState = (s: Snapshot) =>
  JSON.stringify([screenOf(s), s.context.answers, Object.keys(s.context.ticks).sort()]);

/** Answers and tick times, in a stable order. */
const progressOf = (context: Snapshot['context']) =>
  JSON.stringify([Object.entries(context.answers).sort(), Object.entries(context.ticks).sort()]);

type Snapshot = SnapshotFrom<typeof flowMachine>;

interface Path {
  state: Snapshot;
  steps: { state: Snapshot }[];
}

/**
 * The simple paths from the start to every state: what getSimplePaths returns, in one depth-first
 * walk over xstate/graph's adjacency map (getSimplePaths walks the whole graph again for each
 * target state, which takes minutes for a flow of a thousand states).
 */
function simplePaths(flow: Flow): Path[] {
  const machine = flowMachine;
  const adjacency = getAdjacencyMap(machine, {
    events: eventsFor(flow),
    input: { flow },
    serializeState,
  });
  const nodes = new Map(Object.entries(adjacency));
  const start = createActor(machine, { input: { flow } }).getSnapshot();
  const out: Path[] = [];
  const onPath = new Set<string>();
  const visit = (serial: string, path: Path) => {
    out.push(path);
    onPath.add(serial);
    const node = nodes.get(serial);
    for (const key of Object.keys(node?.transitions ?? {})) {
      const state = node?.transitions[key as keyof typeof node.transitions]?.state;
      if (!state) continue;
      const next = serializeState(state);
      if (!onPath.has(next)) visit(next, { state, steps: [...path.steps, { state: path.state }] });
    }
    onPath.delete(serial);
  };
  visit(serializeState(start), { state: start, steps: [] });
  return out;
}

describe.each(Object.values(flows).map((flow) => [flow.id, flow] as const))(
  'every simple path of %s',
  (id, flow) => {
    it('keeps the plan non-empty and in order, ticks on plan steps, and restores as saved', () => {
      const machine = flowMachine;
      const started = Date.now();
      const paths = simplePaths(flow);
      console.log(`${id}: ${paths.length} simple paths (${Date.now() - started} ms)`);
      expect(paths.length).toBe(SIMPLE_PATHS[id]);

      // Checked without expect() per path (thousands of paths), then reported together.
      const problems: string[] = [];
      const where = (path: Path) => serializeState(path.state);
      for (const path of paths) {
        const { context } = path.state;
        const value = screenOf(path.state);
        const shown = new Set<string>();
        for (const step of [...path.steps, path]) {
          if (screenOf(step.state) === PLAN) {
            for (const s of planFor(flow, step.state.context.answers)) shown.add(s);
          }
        }
        // Every tick is of a step the plan showed when it was ticked (kept, hidden, if the answers
        // then change, so it comes back with them).
        for (const step of Object.keys(context.ticks)) {
          if (!Object.hasOwn(flow.steps, step) || !shown.has(step)) {
            problems.push(`${where(path)}: tick of ${step}, never on the plan`);
          }
        }
        if (value === PLAN) {
          const plan = planFor(flow, context.answers);
          if (plan.length === 0) problems.push(`${where(path)}: empty plan`);
          if (new Set(plan).size !== plan.length) problems.push(`${where(path)}: repeated step`);
          // The order is the first order rule that holds, each step kept when its own rule holds.
          const onPath = walk(flow, context.answers).answers;
          const rule = flow.order.find((r) => holds(r.when, onPath));
          const ordered = (rule ? [...rule.now, ...rule.today, ...rule.later] : []).filter((s) =>
            holds(flow.steps[s]?.when, onPath),
          );
          if (ordered.join() !== plan.join()) problems.push(`${where(path)}: out of order`);
        }
        // Saved and reopened: the same answers and ticks, at the first unanswered question.
        const restored = restoreRecord(
          JSON.stringify(recordFrom(flow, context)),
          flow,
          new Date(AT),
        );
        const reopened = createActor(machine, { input: { flow, ...restored.record } })
          .start()
          .getSnapshot();
        const pending = walk(flow, context.answers).pending;
        if (
          restored.problem !== 'none' ||
          progressOf(reopened.context) !== progressOf(context) ||
          (pending !== undefined && screenOf(reopened) !== pending)
        ) {
          problems.push(`${where(path)}: reopened as ${serializeState(reopened)}`);
        }
      }
      expect(problems).toEqual([]);
    }, 120_000);
  },
);

describe('the one-walk simple paths', () => {
  it('are exactly what xstate/graph getSimplePaths finds', () => {
    // The smaller flow: getSimplePaths walks the whole graph again for every state it reaches.
    const flow = flows['is-it-a-scam'];
    if (!flow) throw new Error('no scam check flow');
    const ours = simplePaths(flow).map((p) => serializeState(p.state));
    const theirs = getSimplePaths(flowMachine, {
      events: eventsFor(flow),
      input: { flow },
      serializeState,
    }).map((p) => serializeState(p.state));
    expect(ours.sort()).toEqual(theirs.sort());
  }, 120_000);
});
