import { assign, raise, setup, type ActorRefFrom } from 'xstate';
import type { CallDetails, DetailField } from './details';
import { looksSecret } from './looks-secret';
import { mergeProgress, sameAnswers, type Progress } from './merge';
import { own } from './own';
import { handoffOf, isValidAnswer, nextQuestion, walk } from './path';
import { HANDOFF, PLAN, ROUTING } from './states';
import type { Answer, Answers, Flow, Handoff } from './types';

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
  /** What the phone call will ask (bank's name, when noticed, amount, how paid); all optional. */
  details: CallDetails;
  /** When each note, call detail and the mail time last changed (a removal too): the later wins across tabs. */
  noteAt: Ticks;
  detailsAt: Ticks;
  mailSetAt: string;
  /** This tab's last start over: another tab's progress from before it does not come back. */
  clearedAt: string;
  /**
   * The question opened from the plan to change one answer (not saved). Until the plan shows
   * again, an answer skips the questions already answered on the path.
   */
  editing?: string;
  /** The other flow a plan step offered and the person took ("is this a scam?"). */
  offer?: Handoff;
}

export type WizardEvent =
  | { type: 'answer.select'; answer: Answer; at: string }
  | { type: 'wizard.back' }
  | { type: 'offer.take'; step: string }
  | { type: 'wizard.edit' }
  | { type: 'answer.edit'; question: string }
  /** `at`: this tab starts over then; without it, it follows another tab's clear (time unknown). */
  | { type: 'wizard.restart'; at?: string }
  | { type: 'wizard.route' }
  | { type: 'answers.set'; answers: Answers; at: string }
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
  | ({ type: 'progress.merge'; answers: Answers; answeredAt: string; ticks: Ticks } & Partial<
      Omit<Progress, 'answers' | 'answeredAt' | 'ticks'>
    > & { replace?: boolean });

export interface WizardInput {
  flow: Flow;
  answers?: Answers;
  answeredAt?: string;
  ticks?: Ticks;
  notes?: Record<string, string>;
  mailArrivedAt?: string;
  details?: CallDetails;
  noteAt?: Ticks;
  detailsAt?: Ticks;
  mailSetAt?: string;
  clearedAt?: string;
}

/** The time an event carries, or now for a sender that gave none. */
const stamp = (at: string | undefined) => at ?? new Date().toISOString();

/** What two tabs merge: this tab's context, or another tab's record as a merge event. */
function progressOf(p: Partial<Progress> & Pick<Progress, 'answers' | 'answeredAt' | 'ticks'>) {
  return {
    unticked: {},
    notes: {},
    noteAt: {},
    mailArrivedAt: '',
    mailSetAt: '',
    details: {},
    detailsAt: {},
    clearedAt: '',
    ...p,
  } satisfies Progress;
}

/** This tab's context merged with another tab's progress, by the one rule of src/flow/merge.ts. */
function merged(context: WizardContext, event: Extract<WizardEvent, { type: 'progress.merge' }>) {
  const mine = event.replace
    ? progressOf({ answers: {}, answeredAt: '', ticks: {}, clearedAt: context.clearedAt })
    : progressOf(context);
  // Untick times live in the saved record; the screen needs only the ticks they leave.
  const result: Partial<Progress> = mergeProgress(mine, progressOf(event));
  delete result.unticked;
  return result as Omit<Progress, 'unticked'>;
}

export { HANDOFF, PLAN } from './states';

/** Turns any checked flow into a machine: one state per question, a routing state, and the plan. */
export function createFlowMachine(flow: Flow) {
  const wizard = setup({
    types: {} as { context: WizardContext; events: WizardEvent; input: WizardInput },
    guards: {
      // The one secret check, here too: a note or call detail that looks like a card number, My
      // Number, password or code never enters the context, whichever screen or tab sends it.
      keepsNoSecret: ({ event }) =>
        (event.type === 'step.note' && looksSecret(event.note) === undefined) ||
        (event.type === 'details.set' && looksSecret(event.value) === undefined),
      answerIs: ({ event }, params: { answer: string }) =>
        event.type === 'answer.select' && event.answer === params.answer,
      answerValid: ({ context, event }, params: { question: string }) =>
        event.type === 'answer.select' &&
        isValidAnswer(context.flow, params.question, event.answer),
      previousIs: ({ context }, params: { question: string }) =>
        context.history.at(-1) === params.question,
      pendingIs: ({ context }, params: { question: string | undefined }) =>
        walk(context.flow, context.answers).pending === params.question,
      editable: ({ context, event }, params: { question: string }) =>
        event.type === 'answer.edit' &&
        event.question === params.question &&
        walk(context.flow, context.answers).asked.includes(params.question),
      // While changing one answer, an answer that stays in this flow goes wherever the path now
      // leads (routing): to the first question not yet answered, or straight back to the plan.
      editAnswer: ({ context, event }, params: { question: string }) =>
        context.editing !== undefined &&
        event.type === 'answer.select' &&
        isValidAnswer(context.flow, params.question, event.answer) &&
        !handoffOf(context.flow, params.question, event.answer),
      // Back from the question opened from the plan returns to the plan, if the path still ends there.
      backToPlan: ({ context }, params: { question: string }) =>
        context.editing === params.question &&
        walk(context.flow, context.answers).pending === undefined,
      offerTaken: ({ context }) => context.offer !== undefined,
      stepOffers: ({ context, event }) =>
        event.type === 'offer.take' && Object.hasOwn(context.flow.steps, event.step)
          ? context.flow.steps[event.step]?.opens !== undefined
          : false,
      // The merge changes the answers: the screen follows them.
      answersChange: ({ context, event }) =>
        event.type === 'progress.merge' &&
        !sameAnswers(merged(context, event).answers, context.answers),
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
      takeOffer: assign(({ context, event }) => {
        const opens =
          event.type === 'offer.take' ? own(context.flow.steps, event.step)?.opens : undefined;
        return { offer: opens && { flow: opens.flow, answers: opens.set ?? {}, ask: opens.ask } };
      }),
      popHistory: assign(({ context }) => ({ history: context.history.slice(0, -1) })),
      clearHistory: assign({ history: [] }),
      // The questions before this one stay as history, so the progress line counts them.
      startEdit: assign(({ context }, params: { question: string }) => {
        const { asked } = walk(context.flow, context.answers);
        return {
          editing: params.question,
          history: asked.slice(0, asked.indexOf(params.question)),
        };
      }),
      stopEditing: assign({ editing: undefined }),
      historyFromAnswers: assign(({ context }) => ({
        history: walk(context.flow, context.answers).asked,
      })),
      toggleStep: assign(({ context, event }) => {
        if (event.type !== 'step.toggle') return {};
        const { [event.step]: wasDone, ...rest } = context.ticks;
        return { ticks: wasDone ? rest : { ...rest, [event.step]: event.at } };
      }),
      mergeProgress: assign(({ context, event }) =>
        event.type === 'progress.merge' ? merged(context, event) : {},
      ),
      // A removal keeps its time, so another tab's older note does not come back.
      setNote: assign(({ context, event }) => {
        if (event.type !== 'step.note') return {};
        const note = event.note.trim();
        const notes = Object.fromEntries(
          Object.entries(context.notes).filter(([step]) => step !== event.step),
        );
        return {
          notes: note ? { ...notes, [event.step]: note } : notes,
          noteAt: { ...context.noteAt, [event.step]: stamp(event.at) },
        };
      }),
      setMailArrived: assign(({ event }) =>
        event.type === 'mail.arrived'
          ? { mailArrivedAt: event.at, mailSetAt: stamp(event.changedAt) }
          : {},
      ),
      setDetail: assign(({ context, event }) => {
        if (event.type !== 'details.set') return {};
        const value = event.value.trim();
        const details: CallDetails = Object.fromEntries(
          Object.entries(context.details).filter(([field]) => field !== event.field),
        );
        return {
          details: value ? { ...details, [event.field]: value } : details,
          detailsAt: { ...context.detailsAt, [event.field]: stamp(event.at) },
        };
      }),
      // Answers already known from another flow: they take their place, and the screen follows.
      setAnswers: assign(({ context, event }) =>
        event.type === 'answers.set'
          ? { answers: { ...context.answers, ...event.answers }, answeredAt: event.at }
          : {},
      ),
      restart: assign(({ context, event }) => ({
        ...progressOf({ answers: {}, answeredAt: '', ticks: {} }),
        history: [],
        editing: undefined,
        clearedAt: (event.type === 'wizard.restart' && event.at) || context.clearedAt,
      })),
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
    const edit = {
      guard: { type: 'editAnswer' as const, params: { question } },
      target: ROUTING,
      actions: { type: 'recordAnswer' as const, params: { question } },
    };
    if (q?.kind === 'multi') {
      return [
        edit,
        {
          guard: { type: 'answerValid' as const, params: { question } },
          target: q.next ?? PLAN,
          actions: { type: 'recordAnswer' as const, params: { question } },
        },
      ];
    }
    return [
      edit,
      ...Object.keys(q?.answers ?? {}).map((answer) => ({
        guard: { type: 'answerIs' as const, params: { answer } },
        target: handoffOf(flow, question, answer)
          ? HANDOFF
          : (nextQuestion(flow, question, answer) ?? PLAN),
        actions: { type: 'recordAnswer' as const, params: { question } },
      })),
    ];
  }

  const questionStates = Object.fromEntries(
    questionIds.map((question) => [
      question,
      {
        on: {
          'answer.select': answerTransitions(question),
          'wizard.back': [
            {
              guard: { type: 'backToPlan' as const, params: { question } },
              target: PLAN,
              actions: 'historyFromAnswers' as const,
            },
            ...backTransitions,
          ],
        },
      },
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
      details: input.details ?? {},
      noteAt: input.noteAt ?? {},
      detailsAt: input.detailsAt ?? {},
      mailSetAt: input.mailSetAt ?? '',
      clearedAt: input.clearedAt ?? '',
      editing: undefined,
    }),
    initial: ROUTING,
    states: {
      [ROUTING]: { always: routes },
      ...questionStates,
      [HANDOFF]: {
        entry: 'stopEditing',
        on: { 'wizard.back': backTransitions },
        exit: assign({ offer: undefined }),
      },
      [PLAN]: {
        entry: 'stopEditing',
        on: {
          'wizard.back': backTransitions,
          'wizard.edit': { target: flow.start, actions: 'clearHistory' },
          'offer.take': { guard: 'stepOffers', target: HANDOFF, actions: 'takeOffer' },
          'answer.edit': questionIds.map((question) => ({
            guard: { type: 'editable' as const, params: { question } },
            target: question,
            actions: { type: 'startEdit' as const, params: { question } },
          })),
          'step.toggle': { actions: 'toggleStep' },
          'step.note': { guard: 'keepsNoSecret', actions: 'setNote' },
        },
      },
    },
    on: {
      'wizard.restart': { target: `.${flow.start}`, actions: 'restart' },
      'wizard.route': { target: `.${ROUTING}` },
      'mail.arrived': { actions: 'setMailArrived' },
      'details.set': { guard: 'keepsNoSecret', actions: 'setDetail' },
      'answers.set': { actions: ['setAnswers', raise({ type: 'wizard.route' })] },
      'progress.merge': [
        { guard: 'answersChange', actions: ['mergeProgress', raise({ type: 'wizard.route' })] },
        { actions: 'mergeProgress' },
      ],
    },
  });
}

export type FlowMachine = ReturnType<typeof createFlowMachine>;

export type WizardActor = ActorRefFrom<FlowMachine>;
