import { createContext } from 'react';

/**
 * Opens one question from the plan to change just that answer. The app provides it (it holds the
 * wizard); without a provider the summary offers only "change answers" for the whole walk.
 */
export const ChangeAnswerContext = createContext<((question: string) => void) | undefined>(
  undefined,
);
