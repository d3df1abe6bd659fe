import type { ReactNode } from 'react';

/** A calm, non-blocking message at the top of the screen. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p className="notice" role="note">
      {children}
    </p>
  );
}
