import type { i18n } from 'i18next';
import { Component, use, type ComponentProps, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanScreen as PlanScreenType } from '../features/plan/plan-screen';
import type { SourcesScreen as SourcesScreenType } from '../features/plan/sources-screen';
import type { RecordScreen as RecordScreenType } from '../features/record/record-screen';
import { flows } from '../flow/registry';
import { loadLaterStrings } from '../i18n/load-i18n';

/**
 * The screens a first answer does not need (the plan, the record, the list of sources) and the strings they and the
 * other flows use come in a second chunk, fetched once the first question has been answered (or at
 * once for a returning visitor). The first load stays small; offline, the service worker has it.
 */
interface LaterScreens {
  PlanScreen: typeof PlanScreenType;
  RecordScreen: typeof RecordScreenType;
  SourcesScreen: typeof SourcesScreenType;
}

/** Namespaces the first question does not use: the plan's, the record's and every flow's. */
const LATER_NAMESPACES = ['catalog', 'record', ...Object.keys(flows)];

let loaded: LaterScreens | undefined;
let loading: Promise<LaterScreens> | undefined;

/** Starts (once) fetching the later screens and strings. */
export function loadLaterScreens(i18n: i18n): Promise<LaterScreens> {
  loading ??= Promise.all([
    import('../features/plan/plan-screen'),
    import('../features/record/record-screen'),
    import('../features/plan/sources-screen'),
    loadLaterStrings(i18n),
    // i18next resolves even when a file could not be fetched: check, so the failure shows.
    i18n.loadNamespaces(LATER_NAMESPACES).then(() => {
      const missing = LATER_NAMESPACES.filter((ns) => !i18n.hasLoadedNamespace(ns));
      if (missing.length) throw new Error(`Could not load strings: ${missing.join(', ')}`);
    }),
  ]).then(
    ([plan, record, about]) =>
      (loaded = {
        PlanScreen: plan.PlanScreen,
        RecordScreen: record.RecordScreen,
        SourcesScreen: about.SourcesScreen,
      }),
  );
  return loading;
}

/**
 * After a failed fetch, the next render fetches again. Until then the failed promise is kept, so
 * React shows the failure instead of waiting on a new fetch at every render.
 */
export function retryLaterScreens(): void {
  if (!loaded) loading = undefined;
}

function useLaterScreens(): LaterScreens {
  const { i18n } = useTranslation();
  // Already here (the usual case): no suspension, no fallback flash.
  return loaded ?? use(loadLaterScreens(i18n));
}

export function LazyPlanScreen(props: ComponentProps<typeof PlanScreenType>) {
  const { PlanScreen } = useLaterScreens();
  return <PlanScreen {...props} />;
}

export function LazyRecordScreen(props: ComponentProps<typeof RecordScreenType>) {
  const { RecordScreen } = useLaterScreens();
  return <RecordScreen {...props} />;
}

export function LazySourcesScreen(props: ComponentProps<typeof SourcesScreenType>) {
  const { SourcesScreen } = useLaterScreens();
  return <SourcesScreen {...props} />;
}

interface BoundaryProps {
  /** What to show when the screen could not be fetched; `retry` renders the children again. */
  failed: (retry: () => void) => ReactNode;
  children: ReactNode;
}

/** Catches a screen that could not be fetched (offline before the app was ever cached). */
export class ScreenLoadBoundary extends Component<BoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed
      ? this.props.failed(() => {
          retryLaterScreens();
          this.setState({ failed: false });
        })
      : this.props.children;
  }
}
