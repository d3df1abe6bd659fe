import { MixedLanguageText } from '../../ui/mixed-language-text';

interface Props {
  answers: string[];
  previous: string | undefined;
  label: (answer: string) => string;
  onSelect: (answer: string) => void;
}

/** One large button per answer; a tap answers and moves on. The earlier answer stays marked. */
export function ChoiceAnswers({ answers, previous, label, onSelect }: Props) {
  return (
    <ul className="answers" aria-describedby="question-hint">
      {answers.map((answer) => (
        <li key={answer}>
          <button
            type="button"
            className="answer"
            aria-pressed={previous === answer}
            onClick={() => onSelect(answer)}
          >
            <MixedLanguageText text={label(answer)} />
          </button>
        </li>
      ))}
    </ul>
  );
}
