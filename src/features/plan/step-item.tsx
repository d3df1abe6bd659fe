import { useTranslation } from 'react-i18next';
import { formatDoneTime } from '../../i18n/format-time';
import { HotlineCard } from './hotline-card';
import { SourceList } from './source-list';

interface Props {
  id: string;
  title: string;
  why: string;
  how: string;
  hotlines: string[];
  sources: string[];
  doneAt: string | undefined;
  onToggle: () => void;
}

export function StepItem({ id, title, why, how, hotlines, sources, doneAt, onToggle }: Props) {
  const { t, i18n } = useTranslation();
  const checkboxId = `step-${id}`;
  return (
    <li className={doneAt ? 'step done' : 'step'}>
      <div className="step-head">
        <input
          type="checkbox"
          id={checkboxId}
          checked={doneAt !== undefined}
          onChange={onToggle}
          aria-describedby={doneAt ? `${checkboxId}-time` : undefined}
        />
        <h2 className="step-title">
          <label htmlFor={checkboxId}>{title}</label>
        </h2>
      </div>
      {doneAt && (
        <p className="done-at" id={`${checkboxId}-time`}>
          {t('plan.doneAt', { time: formatDoneTime(doneAt, i18n.language) })}
        </p>
      )}
      <div className="step-body">
        <p>
          <strong>{t('plan.why')}: </strong>
          {why}
        </p>
        <p>
          <strong>{t('plan.how')}: </strong>
          {how}
        </p>
        {hotlines.map((h) => (
          <HotlineCard key={h} id={h} />
        ))}
        <SourceList ids={sources} />
      </div>
    </li>
  );
}
