import { and, assertEvent, assign, setup, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import type { CallDetails, DetailField } from './details';
import { looksSecret } from './looks-secret';
import { mergeProgress, sameAnswers, type Progress } from './merge';
import { own } from './own';
import { handoffOf, isValidAnswer, nextQuestion, walk } from './path';
import { HANDOFF, PLAN, ROUTING } from './states';
import type { Answer, Flow, Handoff } from './types';

/** Step id → ISO time the step was ticked. */
export type Ticks = Record<string, string>;

/** One flow's screen state: the person's progress (saved) and where they are (not saved). */
export interface WizardContext extends Progress {
  flow: Flow;
  /** The question on screen (in the question state). */
  question: string | undefined;
  /** Questions answered on the way to the current screen, for Back and the question counter. */
  history: string[];
  /**
   * The question opened from the plan to change one answer. Until the plan shows again, an
   * answer skips the questions already answered on the path.
   */
  editing?: string;
  /** A question to open again on entering, its earlier answer marked (used once, then cleared). */
  ask?: string;
  /** The other flow a plan step offered and the person took ("is this a scam?"). */
  offer?: Handoff;
}

export type WizardEvent =
  | { type: 'answer.select'; answer: Answer; at: string }
  | { type: 'wizard.back' }
  | { type: 'offer.take'; step: string }
  | { type: 'wizard.edit' }
  | { type: 'answer.edit'; question: string }
  /** Another tab started over: this one follows (its own clear time stays). */
  | { type: 'wizard.restart' }
  | { type: 'step.toggle'; step: string; at: string }
  /** `at`: when the note was written ('' removes it); stamped on arrival when not given. */
  | { type: 'step.note'; step: string; note: string; at?: string }
  /** `at`: when the mail arrived ('' clears it); `changedAt`: when the person said so. */
  | { type: 'mail.arrived'; at: string; changedAt?: string }
  /** '' removes the field. One that looks secret is refused (guard keepsNoSecret). */
  | { type: 'details.set'; field: DetailField; value: string; at?: string }
  /**
   * Another tab's progress (the saved record). `replace`: that tab cleared since this one last
   * looked, so this tab's own progress goes first.
   */
  | { type: 'progress.merge'; progress: Progress; replace?: boolean };

export type WizardInput = { flow: Flow; ask?: string } & Partial<Progress>;

/** What a flow hands to the app when it continues in another flow. */
export interface FlowOutput {
  handoff: Handoff;
  /** Questions this flow asked on the way (the counter goes on from them). */
  asked: number;
  progress: Progress;
}

/** The time an event carries, or now for a sender that gave none. */
const stamp = (at: string | undefined) => at ?? new Date().toISOString();

const NO_PROGRESS: Progress = {
  answers: {},
  answeredAt: '',
  ticks: {},
  unticked: {},
  notes: {},
  noteAt: {},
  mailArrivedAt: '',
  mailSetAt: '',
  details: {},
  detailsAt: {},
  clearedAt: '',
};

/** The saved part of a context (or of any partial progress): what the record is a projection of. */
export function progressOf(p: Partial<Progress>): Progress {
  return {
    answers: p.answers ?? {},
    answeredAt: p.answeredAt ?? '',
    ticks: p.ticks ?? {},
    unticked: p.unticked ?? {},
    notes: p.notes ?? {},
    noteAt: p.noteAt ?? {},
    mailArrivedAt: p.mailArrivedAt ?? '',
    mailSetAt: p.mailSetAt ?? '',
    details: p.details ?? {},
    detailsAt: p.detailsAt ?? {},
    clearedAt: p.clearedAt ?? '',
  };
}

/** The one secret check at the door: a note or detail that looks secret never enters a context. */
const withoutSecrets = <T extends Record<string, string>>(entries: T): T =>
  Object.fromEntries(
    Object.entries(entries).filter(([, text]) => looksSecret(text) === undefined),
  ) as T;

/** This tab's context merged with another tab's progress, by the one rule of ./merge.ts. */
function merged(context: WizardContext, other: Progress, replace = false): Progress {
  const mine = replace ? { ...NO_PROGRESS, clearedAt: context.clearedAt } : progressOf(context);
  return mergeProgress(mine, progressOf(other));
}

export { HANDOFF, PLAN } from './states';

/** What is on screen: the question's id, PLAN, or HANDOFF (the app is switching flows). */
export function screenOf(snapshot: SnapshotFrom<typeof flowMachine>): string {
  if (snapshot.status === 'done') return HANDOFF;
  return snapshot.value === 'question' ? (snapshot.context.question ?? ROUTING) : PLAN;
}

/**
 * Any checked flow, interpreted: the flow is data in the context, so one machine serves every
 * flow and no question name can collide with a state. Routing rebuilds the screen from the
 * answers alone (on entering, and when another tab's answers win).
 */
export const flowMachine = setup({
  types: {} as {
    context: WizardContext;
    events: WizardEvent;
    input: WizardInput;
    output: FlowOutput;
  },
  guards: {
    // The one secret check, here too: a note or call detail that looks like a card number, My
    // Number, password or code never enters the context, whichever screen or tab sends it.
    keepsNoSecret: ({ event }) =>
      (event.type === 'step.note' && looksSecret(event.note) === undefined) ||
      (event.type === 'details.set' && looksSecret(event.value) === undefined),
    asksAgain: ({ context }) =>
      context.ask !== undefined && walk(context.flow, context.answers).asked.includes(context.ask),
    hasPending: ({ context }) => walk(context.flow, context.answers).pending !== undefined,
    validAnswer: ({ context, event }) =>
      event.type === 'answer.select' &&
      context.question !== undefined &&
      isValidAnswer(context.flow, context.question, event.answer),
    handsOff: ({ context, event }) =>
      event.type === 'answer.select' &&
      context.question !== undefined &&
      handoffOf(context.flow, context.question, event.answer) !== undefined,
    // While changing one answer, an answer goes wherever the path now leads (routing): to the
    // first question not yet answered, or straight back to the plan.
    editing: ({ context }) => context.editing !== undefined,
    leadsToQuestion: ({ context, event }) =>
      event.type === 'answer.select' &&
      context.question !== undefined &&
      nextQuestion(context.flow, context.question, event.answer) !== undefined,
    hasHistory: ({ context }) => context.history.length > 0,
    // Back from the question opened from the plan returns to the plan, if the path still ends there.
    backToPlan: ({ context }) =>
      context.editing !== undefined &&
      context.editing === context.question &&
      walk(context.flow, context.answers).pending === undefined,
    editable: ({ context, event }) =>
      event.type === 'answer.edit' &&
      walk(context.flow, context.answers).asked.includes(event.question),
    stepOffers: ({ context, event }) =>
      event.type === 'offer.take' && own(context.flow.steps, event.step)?.opens !== undefined,
    // The merge changes the answers: the screen follows them.
    answersChange: ({ context, event }) =>
      event.type === 'progress.merge' &&
      !sameAnswers(merged(context, event.progress, event.replace).answers, context.answers),
  },
  actions: {
    recordAnswer: assign(({ context, event }) => {
      assertEvent(event, 'answer.select');
      const question = context.question ?? '';
      return {
        answers: { ...context.answers, [question]: event.answer },
        answeredAt: event.at,
        history: [...context.history, question],
      };
    }),
    goNext: assign(({ context, event }) => {
      assertEvent(event, 'answer.select');
      return { question: nextQuestion(context.flow, context.history.at(-1) ?? '', event.answer) };
    }),
    goBack: assign(({ context }) => ({
      question: context.history.at(-1),
      history: context.history.slice(0, -1),
    })),
    // The path the answers lead along is the history; the first unanswered question is on screen.
    followAnswers: assign(({ context }) => {
      const { asked, pending } = walk(context.flow, context.answers);
      return { history: asked, question: pending };
    }),
    // The questions before the one changed stay as history, so the question counter counts them.
    startEdit: assign(({ context }, params: { question: string }) => {
      const { asked } = walk(context.flow, context.answers);
      return {
        editing: params.question,
        ask: undefined,
        question: params.question,
        history: asked.slice(0, asked.indexOf(params.question)),
      };
    }),
    stopEditing: assign({ editing: undefined, ask: undefined }),
    toggleStep: assign(({ context, event }) => {
      assertEvent(event, 'step.toggle');
      const { [event.step]: tickedAt, ...ticks } = context.ticks;
      const { [event.step]: untickedAt, ...unticked } = context.unticked;
      if (tickedAt !== undefined) {
        // The untick's own time (never before the tick it takes back): another tab's copy of that
        // tick, arriving later, stays taken back.
        const at = event.at > tickedAt ? event.at : tickedAt;
        return { ticks, unticked: { ...unticked, [event.step]: at } };
      }
      // Ticked again in the same millisecond as its untick: the tick is the newer.
      const keep = untickedAt !== undefined && untickedAt < event.at;
      return {
        ticks: { ...ticks, [event.step]: event.at },
        unticked: keep ? context.unticked : unticked,
      };
    }),
    // A removal keeps its time, so another tab's older note does not come back.
    setNote: assign(({ context, event }) => {
      assertEvent(event, 'step.note');
      const note = event.note.trim();
      const notes = Object.fromEntries(
        Object.entries(context.notes).filter(([step]) => step !== event.step),
      );
      return {
        notes: note ? { ...notes, [event.step]: note } : notes,
        noteAt: { ...context.noteAt, [event.step]: stamp(event.at) },
      };
    }),
    setMailArrived: assign(({ event }) => {
      assertEvent(event, 'mail.arrived');
      return { mailArrivedAt: event.at, mailSetAt: stamp(event.changedAt) };
    }),
    setDetail: assign(({ context, event }) => {
      assertEvent(event, 'details.set');
      const value = event.value.trim();
      const details: CallDetails = Object.fromEntries(
        Object.entries(context.details).filter(([field]) => field !== event.field),
      );
      return {
        details: value ? { ...details, [event.field]: value } : details,
        detailsAt: { ...context.detailsAt, [event.field]: stamp(event.at) },
      };
    }),
    mergeProgress: assign(({ context, event }) => {
      assertEvent(event, 'progress.merge');
      return merged(context, event.progress, event.replace);
    }),
    takeOffer: assign(({ context, event }) => {
      assertEvent(event, 'offer.take');
      const opens = own(context.flow.steps, event.step)?.opens;
      return { offer: opens && { flow: opens.flow, answers: opens.set ?? {}, ask: opens.ask } };
    }),
    // Another tab started over: everything goes but this tab's own clear time.
    restart: assign(({ context }) => ({
      ...NO_PROGRESS,
      clearedAt: context.clearedAt,
      editing: undefined,
      ask: undefined,
    })),
  },
}).createMachine({
  id: 'flow',
  context: ({ input }) => ({
    ...progressOf(input),
    notes: withoutSecrets(input.notes ?? {}),
    details: withoutSecrets(input.details ?? {}),
    flow: input.flow,
    question: undefined,
    history: [],
    ask: input.ask,
  }),
  initial: ROUTING,
  states: {
    [ROUTING]: {
      always: [
        {
          guard: 'asksAgain',
          target: 'question',
          actions: {
            type: 'startEdit',
            params: ({ context }) => ({ question: context.ask ?? '' }),
          },
        },
        { guard: 'hasPending', target: 'question', actions: 'followAnswers' },
        { target: PLAN, actions: 'followAnswers' },
      ],
    },
    question: {
      on: {
        'answer.select': [
          { guard: 'handsOff', target: HANDOFF, actions: 'recordAnswer' },
          {
            guard: and(['validAnswer', 'editing']),
            target: ROUTING,
            actions: 'recordAnswer',
          },
          {
            guard: and(['validAnswer', 'leadsToQuestion']),
            target: 'question',
            actions: ['recordAnswer', 'goNext'],
          },
          { guard: 'validAnswer', target: PLAN, actions: 'recordAnswer' },
        ],
        'wizard.back': [
          { guard: 'backToPlan', target: PLAN, actions: 'followAnswers' },
          { guard: 'hasHistory', target: 'question', actions: 'goBack' },
        ],
      },
    },
    [PLAN]: {
      entry: 'stopEditing',
      on: {
        'wizard.back': { guard: 'hasHistory', target: 'question', actions: 'goBack' },
        'wizard.edit': {
          target: 'question',
          actions: assign(({ context }) => ({ question: context.flow.start, history: [] })),
        },
        'offer.take': { guard: 'stepOffers', target: HANDOFF, actions: 'takeOffer' },
        'answer.edit': {
          guard: 'editable',
          target: 'question',
          actions: {
            type: 'startEdit',
            params: ({ event }) => ({ question: event.question }),
          },
        },
        'step.toggle': { actions: 'toggleStep' },
        'step.note': { guard: 'keepsNoSecret', actions: 'setNote' },
      },
    },
    // The flow is done here: the app opens the other flow with what this one hands over.
    [HANDOFF]: { type: 'final' },
  },
  on: {
    'wizard.restart': { target: `.${ROUTING}`, actions: 'restart' },
    'mail.arrived': { actions: 'setMailArrived' },
    'details.set': { guard: 'keepsNoSecret', actions: 'setDetail' },
    'progress.merge': [
      { guard: 'answersChange', target: `.${ROUTING}`, actions: 'mergeProgress' },
      { actions: 'mergeProgress' },
    ],
  },
  output: ({ context }) => {
    // An offer taken on the plan, or the last answer, which continues in another flow.
    const last = context.history.at(-1) ?? '';
    return {
      handoff: context.offer ??
        handoffOf(context.flow, last, context.answers[last]) ?? { flow: '', answers: {} },
      asked: context.history.length,
      progress: progressOf(context),
    };
  },
});

export type FlowMachine = typeof flowMachine;

export type WizardActor = ActorRefFrom<FlowMachine>;
