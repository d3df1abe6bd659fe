import { TextWithReadings } from '../../ui/text-with-readings';
import { useTranslation } from 'react-i18next';
import { formatDoneTime } from '../../i18n/format-time';
import { MixedLanguageText } from '../../ui/mixed-language-text';

interface Props {
  id: string;
  /** The question ("have you closed the page?") and what to do if not. */
  title: string;
  how: string;
  doneAt: string | undefined;
  onToggle: () => void;
}

/** A one-line check at the top of the plan, ticked like a step so its time is kept. */
export function PlanCheck({ id, title, how, doneAt, onToggle }: Props) {
  const { t, i18n } = useTranslation();
  const checkboxId = `step-${id}`;
  return (
    <div className={doneAt ? 'plan-check done' : 'plan-check'}>
      <p className="plan-check-question">
        <strong>
          <MixedLanguageText text={title} />
        </strong>{' '}
        {!doneAt && <MixedLanguageText text={how} />}
      </p>
      <label className="plan-check-answer" htmlFor={checkboxId}>
        <input type="checkbox" id={checkboxId} checked={doneAt !== undefined} onChange={onToggle} />
        {/* One flex item: ruby inside must not be spaced apart by the label's gap. */}
        <span>
          <TextWithReadings
            text={
              doneAt
                ? `${t('plan.checkDone')} · ${t('plan.doneLine', { time: formatDoneTime(doneAt, i18n.language) })}`
                : t('plan.checkDone')
            }
          />
        </span>
      </label>
    </div>
  );
}
