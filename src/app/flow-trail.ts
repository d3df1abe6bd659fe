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
  enter: (flow: string, preset: Answers) => void;
  leave: () => void;
  reset: () => void;
}

/** Which flows the person has come through, remembered across reloads. */
export function useFlowTrail(mainFlow: string, known: string[], storage: SafeStorage): FlowTrail {
  const [trail, setTrail] = useState<string[]>(() => {
    try {
      const stored: unknown = JSON.parse(storage.read(FLOW_TRAIL_KEY) ?? '[]');
      const valid = Array.isArray(stored) && stored.every((id) => known.includes(String(id)));
      return valid && stored[0] === mainFlow ? (stored as string[]) : [mainFlow];
    } catch {
      return [mainFlow];
    }
  });
  const [preset, setPreset] = useState<Answers | undefined>(undefined);
  const save = (next: string[]) => {
    setTrail(next);
    storage.write(FLOW_TRAIL_KEY, JSON.stringify(next));
  };
  return {
    current: trail.at(-1) ?? mainFlow,
    previous: trail.at(-2),
    preset,
    enter: (flow, answers) => {
      // Coming back to a flow already on the trail returns to it rather than growing a loop.
      const at = trail.indexOf(flow);
      save(at >= 0 ? trail.slice(0, at + 1) : [...trail, flow]);
      setPreset(answers);
    },
    leave: () => {
      save(trail.slice(0, -1));
      setPreset(undefined);
    },
    reset: () => {
      save([mainFlow]);
      setPreset(undefined);
    },
  };
}
