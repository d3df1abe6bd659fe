import { TextWithReadings } from '../../ui/text-with-readings';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  id: string;
  heading: string;
  count: number;
  /** Open by default: the "now" part is never folded. */
  folded: boolean;
  children: ReactNode;
}

/** A part of the plan ("today", "the months ahead"), folded under its heading and count. */
export function PlanSection({ id, heading, count, folded, children }: Props) {
  const { t } = useTranslation();
  if (count === 0) return null;
  const list = <ol className="steps">{children}</ol>;
  if (!folded) {
    return (
      <section className={`plan-part plan-${id}`} aria-labelledby={`plan-${id}-heading`}>
        <h2 id={`plan-${id}-heading`} className="plan-part-heading">
          <TextWithReadings text={heading} />
        </h2>
        {list}
      </section>
    );
  }
  return (
    <details className={`plan-part plan-${id}`}>
      <summary className="plan-part-heading">
        <TextWithReadings text={heading} />{' '}
        <span className="count">
          (<TextWithReadings text={t('plan.sectionCount', { count })} />)
        </span>
      </summary>
      {list}
    </details>
  );
}
