import { useState } from 'react';
import type { Answers } from '../flow/types';
import { FLOW_TRAIL_KEY } from '../progress/keys';
import type { SafeStorage } from '../progress/safe-storage';

export interface FlowTrail {
  /** The flow on screen. */
  current: string;
  /** The flow Back leads to from this flow's first question, if it was entered from another. */
  previous: string | undefined;
  /** Answers the current flow was entered with, to apply once. */
  preset: Answers | undefined;
  /** A question to open again on entering ("did you do more?"), to apply once. */
  ask: string | undefined;
  /** Questions answered in the flows before the current one. */
  before: number;
  /** Continue in `flow`; `asked`: the questions this flow asked on the way there. */
  enter: (flow: string, preset: Answers, asked: number, ask?: string) => void;
  leave: () => void;
  reset: () => void;
}

/** Which flows the person has come through, and how many questions each one asked, remembered across reloads. */
export function useFlowTrail(mainFlow: string, known: string[], storage: SafeStorage): FlowTrail {
  const [trail, setTrail] = useState<Entry[]>(() => readTrail(storage, mainFlow, known));
  const [preset, setPreset] = useState<Answers | undefined>(undefined);
  const [ask, setAsk] = useState<string | undefined>(undefined);
  const save = (next: Entry[]) => {
    setTrail(next);
    storage.write(FLOW_TRAIL_KEY, JSON.stringify(next));
  };
  const ids = trail.map((e) => e.flow);
  return {
    current: ids.at(-1) ?? mainFlow,
    previous: ids.at(-2),
    preset,
    ask,
    // The question counter goes on from the flows before this one.
    before: trail.slice(0, -1).reduce((sum, e) => sum + e.asked, 0),
    enter: (flow, answers, asked, again) => {
      // Coming back to a flow already on the trail returns to it rather than growing a loop.
      const at = ids.indexOf(flow);
      const here = [...trail.slice(0, -1), { flow: ids.at(-1) ?? mainFlow, asked }];
      save(at >= 0 ? trail.slice(0, at + 1) : [...here, { flow, asked: 0 }]);
      setPreset(answers);
      setAsk(again);
    },
    leave: () => {
      save(trail.slice(0, -1));
      setPreset(undefined);
    },
    reset: () => {
      save([{ flow: mainFlow, asked: 0 }]);
      setPreset(undefined);
    },
  };
}

interface Entry {
  flow: string;
  /** Questions answered in this flow before it handed on to the next. */
  asked: number;
}

/** The stored trail; an older list of ids (no counts) still reads, anything else starts over. */
function readTrail(storage: SafeStorage, mainFlow: string, known: string[]): Entry[] {
  const start = [{ flow: mainFlow, asked: 0 }];
  try {
    const stored: unknown = JSON.parse(storage.read(FLOW_TRAIL_KEY) ?? '[]');
    if (!Array.isArray(stored)) return start;
    const entries = stored.map((e: unknown) =>
      typeof e === 'string'
        ? { flow: e, asked: 0 }
        : typeof e === 'object' && e !== null
          ? { flow: String((e as Entry).flow), asked: Number((e as Entry).asked) }
          : undefined,
    );
    const valid = entries.every(
      (e) => e && known.includes(e.flow) && Number.isInteger(e.asked) && e.asked >= 0,
    );
    return valid && entries[0]?.flow === mainFlow ? (entries as Entry[]) : start;
  } catch {
    return start;
  }
}
