import type { ProgressRecord } from './record';

type Times = Record<string, string>;

/** Per step, the later of two untick times. */
export function unionUnticks(a: Times, b: Times): Times {
  const out: Times = { ...a };
  for (const [step, at] of Object.entries(b)) {
    const mine = out[step];
    if (mine === undefined || at > mine) out[step] = at;
  }
  return out;
}

/**
 * Ticks of two tabs: the union, less every tick no later than the step's untick; where both
 * ticked a step, the later tick counts (the person's last action; an untick between the two must
 * not win over it). The machine's mergeTicks applies the same
 * rule, so a merged record and the merged screen agree.
 */
export function mergeTicks(a: Times, b: Times, unticked: Times): Times {
  const out: Times = {};
  for (const [step, at] of [...Object.entries(a), ...Object.entries(b)]) {
    const gone = unticked[step];
    if (gone !== undefined && at <= gone) continue;
    const kept = out[step];
    out[step] = kept !== undefined && kept > at ? kept : at;
  }
  return out;
}

/**
 * `mine` merged with what another tab stored: ticks as a union (unticks respected), the newer
 * answers win (a tie keeps mine), notes and call details of mine stay and the other's fill in.
 */
export function mergeRecords(mine: ProgressRecord, other: ProgressRecord): ProgressRecord {
  const unticked = unionUnticks(mine.unticked, other.unticked);
  const theirsNewer = other.answeredAt > mine.answeredAt;
  return {
    ...mine,
    answers: theirsNewer ? other.answers : mine.answers,
    answeredAt: theirsNewer ? other.answeredAt : mine.answeredAt,
    mailArrivedAt: theirsNewer ? other.mailArrivedAt : mine.mailArrivedAt,
    ticks: mergeTicks(mine.ticks, other.ticks, unticked),
    unticked,
    notes: { ...other.notes, ...mine.notes },
    details: { ...other.details, ...mine.details },
  };
}
