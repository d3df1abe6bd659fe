import { assign, raise, setup, type ActorRefFrom } from 'xstate';
import { handoffOf, isValidAnswer, nextQuestion, walk } from './path';
import type { Answer, Answers, Flow } from './types';

/** Step id → ISO time the step was ticked. */
export type Ticks = Record<string, string>;

export interface WizardContext {
  flow: Flow;
  answers: Answers;
  /** When the answers last changed (ISO); the newer set wins when two tabs disagree. */
  answeredAt: string;
  /** Questions answered on the way to the current screen, for Back. */
  history: string[];
  ticks: Ticks;
  /** Step id → the person's own short note (who they spoke to, a reference number). */
  notes: Record<string, string>;
  /** When the scam mail arrived, if the person gave it (ISO, or ''). */
  mailArrivedAt: string;
}

export type WizardEvent =
  | { type: 'answer.select'; answer: Answer; at: string }
  | { type: 'wizard.back' }
  | { type: 'wizard.edit' }
  | { type: 'wizard.restart' }
  | { type: 'wizard.route' }
  | { type: 'answers.set'; answers: Answers; at: string }
  | { type: 'step.toggle'; step: string; at: string }
  | { type: 'step.note'; step: string; note: string }
  | { type: 'mail.arrived'; at: string }
  | {
      type: 'progress.merge';
      answers: Answers;
      answeredAt: string;
      ticks: Ticks;
      /** Step → when it was unticked (both tabs' latest): a tick no later than this is dropped. */
      unticked?: Ticks;
      notes?: Record<string, string>;
      mailArrivedAt?: string;
    };

export interface WizardInput {
  flow: Flow;
  answers?: Answers;
  answeredAt?: string;
  ticks?: Ticks;
  notes?: Record<string, string>;
  mailArrivedAt?: string;
}

export const PLAN = 'plan';
/** Reached by an answer that continues in another flow; the app switches flows from here. */
export const HANDOFF = 'handoff';
const ROUTING = 'routing';

/** Turns any checked flow into a machine: one state per question, a routing state, and the plan. */
export function createFlowMachine(flow: Flow) {
  const wizard = setup({
    types: {} as { context: WizardContext; events: WizardEvent; input: WizardInput },
    guards: {
      answerIs: ({ event }, params: { answer: string }) =>
        event.type === 'answer.select' && event.answer === params.answer,
      answerValid: ({ context, event }, params: { question: string }) =>
        event.type === 'answer.select' &&
        isValidAnswer(context.flow, params.question, event.answer),
      previousIs: ({ context }, params: { question: string }) =>
        context.history.at(-1) === params.question,
      pendingIs: ({ context }, params: { question: string | undefined }) =>
        walk(context.flow, context.answers).pending === params.question,
      answersNewer: ({ context, event }) =>
        event.type === 'progress.merge' && event.answeredAt > context.answeredAt,
    },
    actions: {
      recordAnswer: assign(({ context, event }, params: { question: string }) => {
        if (event.type !== 'answer.select') return {};
        return {
          answers: { ...context.answers, [params.question]: event.answer },
          answeredAt: event.at,
          history: [...context.history, params.question],
        };
      }),
      popHistory: assign(({ context }) => ({ history: context.history.slice(0, -1) })),
      clearHistory: assign({ history: [] }),
      historyFromAnswers: assign(({ context }) => ({
        history: walk(context.flow, context.answers).asked,
      })),
      toggleStep: assign(({ context, event }) => {
        if (event.type !== 'step.toggle') return {};
        const { [event.step]: wasDone, ...rest } = context.ticks;
        return { ticks: wasDone ? rest : { ...rest, [event.step]: event.at } };
      }),
      mergeTicks: assign(({ context, event }) => {
        if (event.type !== 'progress.merge') return {};
        // Union of both tabs' ticks, less those no later than the step's untick (so an untick is not
        // brought back); where both ticked a step, the later tick counts (the last action wins).
        // The same rule as mergeTicks in src/progress/merge.ts.
        const unticked = event.unticked ?? {};
        const ticks: Ticks = {};
        for (const [step, at] of [
          ...Object.entries(event.ticks),
          ...Object.entries(context.ticks),
        ]) {
          const gone = unticked[step];
          if (gone !== undefined && at <= gone) continue;
          const kept = ticks[step];
          ticks[step] = kept !== undefined && kept > at ? kept : at;
        }
        return { ticks };
      }),
      takeAnswers: assign(({ event }) =>
        event.type === 'progress.merge'
          ? {
              answers: event.answers,
              answeredAt: event.answeredAt,
              mailArrivedAt: event.mailArrivedAt ?? '',
            }
          : {},
      ),
      // Notes from another tab fill in steps this tab has no note for; this tab's own notes stay.
      mergeNotes: assign(({ context, event }) =>
        event.type === 'progress.merge' ? { notes: { ...event.notes, ...context.notes } } : {},
      ),
      setNote: assign(({ context, event }) => {
        if (event.type !== 'step.note') return {};
        const note = event.note.trim();
        const notes = Object.fromEntries(
          Object.entries(context.notes).filter(([step]) => step !== event.step),
        );
        return { notes: note ? { ...notes, [event.step]: note } : notes };
      }),
      setMailArrived: assign(({ event }) =>
        event.type === 'mail.arrived' ? { mailArrivedAt: event.at } : {},
      ),
      // Answers already known from another flow: they take their place, and the screen follows.
      setAnswers: assign(({ context, event }) =>
        event.type === 'answers.set'
          ? { answers: { ...context.answers, ...event.answers }, answeredAt: event.at }
          : {},
      ),
      restart: assign({
        answers: {},
        ticks: {},
        notes: {},
        mailArrivedAt: '',
        history: [],
        answeredAt: '',
      }),
    },
  });

  const questionIds = Object.keys(flow.questions);
  const backTransitions = questionIds.map((question) => ({
    guard: { type: 'previousIs' as const, params: { question } },
    target: question,
    actions: 'popHistory' as const,
  }));

  function answerTransitions(question: string) {
    const q = flow.questions[question];
    if (q?.kind === 'multi') {
      return [
        {
          guard: { type: 'answerValid' as const, params: { question } },
          target: q.next ?? PLAN,
          actions: { type: 'recordAnswer' as const, params: { question } },
        },
      ];
    }
    return Object.keys(q?.answers ?? {}).map((answer) => ({
      guard: { type: 'answerIs' as const, params: { answer } },
      target: handoffOf(flow, question, answer)
        ? HANDOFF
        : (nextQuestion(flow, question, answer) ?? PLAN),
      actions: { type: 'recordAnswer' as const, params: { question } },
    }));
  }

  const questionStates = Object.fromEntries(
    questionIds.map((question) => [
      question,
      { on: { 'answer.select': answerTransitions(question), 'wizard.back': backTransitions } },
    ]),
  );

  // Routing rebuilds the screen from the answers alone: used on restore and when another tab's answers win.
  const routes = [
    ...questionIds.map((question) => ({
      guard: { type: 'pendingIs' as const, params: { question } },
      target: question,
      actions: 'historyFromAnswers' as const,
    })),
    { target: PLAN, actions: 'historyFromAnswers' as const },
  ];

  return wizard.createMachine({
    id: flow.id,
    context: ({ input }) => ({
      flow: input.flow,
      answers: input.answers ?? {},
      answeredAt: input.answeredAt ?? '',
      history: [],
      ticks: input.ticks ?? {},
      notes: input.notes ?? {},
      mailArrivedAt: input.mailArrivedAt ?? '',
    }),
    initial: ROUTING,
    states: {
      [ROUTING]: { always: routes },
      ...questionStates,
      [HANDOFF]: { on: { 'wizard.back': backTransitions } },
      [PLAN]: {
        on: {
          'wizard.back': backTransitions,
          'wizard.edit': { target: flow.start, actions: 'clearHistory' },
          'step.toggle': { actions: 'toggleStep' },
          'step.note': { actions: 'setNote' },
        },
      },
    },
    on: {
      'wizard.restart': { target: `.${flow.start}`, actions: 'restart' },
      'wizard.route': { target: `.${ROUTING}` },
      'mail.arrived': { actions: 'setMailArrived' },
      'answers.set': { actions: ['setAnswers', raise({ type: 'wizard.route' })] },
      'progress.merge': [
        {
          guard: 'answersNewer',
          actions: ['mergeTicks', 'mergeNotes', 'takeAnswers', raise({ type: 'wizard.route' })],
        },
        { actions: ['mergeTicks', 'mergeNotes'] },
      ],
    },
  });
}

export type FlowMachine = ReturnType<typeof createFlowMachine>;

export type WizardActor = ActorRefFrom<FlowMachine>;
