import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MixedLanguageText } from '../../ui/mixed-language-text';
import { TextWithReadings } from '../../ui/text-with-readings';

interface Props {
  question: string;
  options: string[];
  previous: string[];
  label: (option: string) => string;
  onSubmit: (chosen: string[]) => void;
}

/** Checkboxes for "choose all that apply", then Next. */
export function MultiAnswers({ question, options, previous, label, onSubmit }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string[]>(previous);
  const [showError, setShowError] = useState(false);

  const toggle = (option: string) =>
    setChosen((now) => (now.includes(option) ? now.filter((o) => o !== option) : [...now, option]));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen.length === 0) {
      setShowError(true);
      return;
    }
    // Keep the flow's order, whatever order they were ticked in.
    onSubmit(options.filter((o) => chosen.includes(o)));
  };

  return (
    <form onSubmit={submit} noValidate>
      <fieldset
        className="options"
        aria-labelledby="question-title"
        aria-describedby="question-hint"
      >
        {options.map((option) => {
          const id = `${question}-${option}`;
          return (
            <div className="option" key={option}>
              <input
                type="checkbox"
                id={id}
                checked={chosen.includes(option)}
                onChange={() => {
                  toggle(option);
                  setShowError(false);
                }}
              />
              <label htmlFor={id}>
                <MixedLanguageText text={label(option)} />
              </label>
            </div>
          );
        })}
      </fieldset>
      {showError && (
        <p className="field-error" role="alert">
          <TextWithReadings text={t('question.chooseAtLeastOne')} />
        </p>
      )}
      <button type="submit" className="primary">
        <TextWithReadings text={t('question.next')} />
      </button>
    </form>
  );
}
