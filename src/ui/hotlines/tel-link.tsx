import type { ReactNode } from 'react';
import { telHref } from '../../flow/tel';

interface Props {
  number: string;
  className: string;
  /** What the link says ("Call 188"); without it, the number itself, never machine-translated. */
  children?: ReactNode;
}

/** Tap to call: the one place a hotline number becomes a link (`#9110` → `tel:%239110`). */
export function TelLink({ number, className, children }: Props) {
  return (
    <a className={className} href={telHref(number)} translate={children ? undefined : 'no'}>
      {children ?? number}
    </a>
  );
}
