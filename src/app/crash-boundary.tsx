import { Component, Fragment, type ReactNode } from 'react';

interface Props {
  /** What to show instead of a blank page; `reset` draws the app again. */
  fallback: (reset: () => void) => ReactNode;
  children: ReactNode;
}

/**
 * The last net under the whole app: whatever storage holds, an error while drawing leaves a way
 * out (start over, delete everything), never a blank page.
 */
export class CrashBoundary extends Component<Props, { crashed: boolean; round: number }> {
  state = { crashed: false, round: 0 };

  static getDerivedStateFromError() {
    return { crashed: true };
  }

  render() {
    if (this.state.crashed) {
      return this.props.fallback(() =>
        this.setState((s) => ({ crashed: false, round: s.round + 1 })),
      );
    }
    // A new key after a reset: the app starts again from what storage now holds.
    return <Fragment key={this.state.round}>{this.props.children}</Fragment>;
  }
}
