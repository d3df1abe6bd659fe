import { MixedLanguageText } from '../../ui/mixed-language-text';

interface Props {
  answers: string[];
  previous: string | undefined;
  label: (answer: string) => string;
  onSelect: (answer: string) => void;
}

/** More answers than this go in two columns, so the last ("don't know") is on screen too. */
const ONE_COLUMN = 6;

/** One large button per answer; a tap answers and moves on. The earlier answer stays marked. */
export function ChoiceAnswers({ answers, previous, label, onSelect }: Props) {
  const many = answers.length > ONE_COLUMN;
  return (
    <ul className={many ? 'answers many' : 'answers'} aria-describedby="question-hint">
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
