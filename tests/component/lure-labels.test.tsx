import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import jaCommon from '../../src/i18n/locales/ja/common.json';
import jaFlow from '../../src/i18n/locales/ja/mynaportal-phishing.json';
import jaRecord from '../../src/i18n/locales/ja/record.json';
import jaSecurities from '../../src/i18n/locales/ja/lures/securities.json';
import { renderApp, stepItem, throughFrontDoor } from '../test-utils';

/**
 * A lure names what was typed in its own words (flows/lures/<id>.json "labels", its locale
 * files' answers.<question>.<answer>): after 証券会社, the login option of 「何を入力しましたか?」
 * is the securities login, on the question, in "your answers", in the call script and in My
 * record. Every other lure keeps the option's own label.
 */
const SECURITIES_LOGIN = '証券会社のログインID・パスワード・取引暗証番号';
const GENERIC_LOGIN = jaFlow.answers['what-entered'].password;

type User = ReturnType<typeof renderApp>['user'];

/** From "how far did you get?" to "what did you enter?": typed in and sent. */
async function toWhatEntered(user: User, claimed: string) {
  await throughFrontDoor(user, 'ja', { arrived: 'mail', claimed });
  await user.click(screen.getByRole('button', { name: jaFlow.answers['what-happened'].entered }));
  await user.click(screen.getByRole('button', { name: jaFlow.answers.sent.sent }));
  expect(
    screen.getByRole('heading', { level: 1, name: jaFlow.questions['what-entered'].title }),
  ).toBeInTheDocument();
}

describe("a lure's own label for what was typed", () => {
  it('after 証券会社, shows the securities login on the question, the plan, the call script and My record', async () => {
    expect(jaSecurities.answers['what-entered'].password).toBe(SECURITIES_LOGIN);
    const { user } = renderApp();
    await toWhatEntered(user, 'securities');

    expect(screen.queryByLabelText(GENERIC_LOGIN)).not.toBeInTheDocument();
    await user.click(screen.getByLabelText(SECURITIES_LOGIN));
    await user.click(screen.getByRole('button', { name: jaCommon.question.next }));
    await user.click(screen.getByRole('button', { name: jaFlow.answers.downloaded.no }));
    await user.click(screen.getByRole('button', { name: jaFlow.answers['money-gone'].no }));
    expect(screen.getByRole('heading', { level: 1, name: jaCommon.plan.heading })).toHaveFocus();

    // "Your answers" on the plan.
    const answers = screen.getByRole('heading', { name: jaCommon.plan.answersHeading });
    expect(answers.closest('section')).toHaveTextContent(SECURITIES_LOGIN);
    // The call to the securities company: what was typed, said in its words.
    const call = stepItem(jaSecurities.steps['call-securities'].title);
    const script = within(call).getByRole('heading', { name: jaCommon.script.heading });
    expect(script.closest('section')).toHaveTextContent(
      jaFlow.script.lists['what-entered'].replace('{{list}}', SECURITIES_LOGIN),
    );
    expect(document.body).not.toHaveTextContent(GENERIC_LOGIN);

    await user.click(screen.getByRole('button', { name: jaRecord.open }));
    const what = screen.getByRole('heading', { level: 2, name: jaRecord.what.heading });
    expect(what.closest('section')).toHaveTextContent(SECURITIES_LOGIN);
  });

  it('after a lure that names none (クレジットカード会社), keeps the option’s own label', async () => {
    const { user } = renderApp();
    await toWhatEntered(user, 'card');
    expect(screen.getByLabelText(GENERIC_LOGIN)).toBeInTheDocument();
    expect(screen.queryByLabelText(SECURITIES_LOGIN)).not.toBeInTheDocument();
  });
});
