import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import jaCommon from '../../src/i18n/locales/ja/common.json';
import easyCommon from '../../src/i18n/locales/ja-easy/common.json';
import jaFlow from '../../src/i18n/locales/ja/mynaportal-phishing.json';
import { createI18n } from '../../src/i18n/setup';
import { StepPicture, stepPictureNames } from '../../src/ui/step-picture';
import type { Answers } from '../../src/flow/types';
import { FRONT_DOOR, progressRecord } from '../builders';
import { nameOf } from '../e2e/readings-support';
import { renderApp, stepItem } from '../test-utils';

type User = ReturnType<typeof renderApp>['user'];

const SMS_PICTURE = jaCommon.pictures.smsSender.caption;
const MAIL_PICTURE = jaCommon.pictures.senderAddress.caption;

/** Opens the plan's "later" part and the step's details, as a person taps them. */
async function openLaterStep(user: User, title: string): Promise<HTMLElement> {
  const later = jaCommon.plan.later;
  await user.click(
    screen.getByText((_, el) => el?.tagName === 'SUMMARY' && !!el.textContent?.startsWith(later)),
  );
  const item = stepItem(title);
  await user.click(within(item).getByText(jaCommon.plan.moreInfo));
  return item;
}

/** Only opened the message: the sender step is for later. */
const opened = (arrived: string, claimed: string): Answers => ({
  arrived,
  claimed,
  'what-happened': 'opened',
});

describe('the picture a step shows', () => {
  it('draws the SMS and its sender line for someone who got an SMS', async () => {
    const { user } = renderApp({
      storedProgress: progressRecord({ answers: opened('sms', 'delivery') }),
    });
    const step = await openLaterStep(user, jaFlow.steps['check-sms-sender'].title);
    const picture = within(step).getByRole('img', { name: SMS_PICTURE });
    expect(picture).toBeVisible();
    // Under the drawing, its numbered labels: the sender line, then the link not to tap.
    const figure = picture.closest('figure');
    if (!figure) throw new Error('no figure around the drawing');
    const labels = within(figure).getAllByRole('listitem');
    expect(labels.map((l) => l.textContent)).toEqual([
      jaCommon.pictures.smsSender.senderLabel,
      jaCommon.pictures.smsSender.linkLabel,
    ]);
    expect(screen.queryByRole('img', { name: MAIL_PICTURE })).toBeNull();
    expect(screen.queryByText(jaFlow.steps['check-sender'].title)).toBeNull();
  });

  it('draws the mail header with its real address for someone who got a mail', async () => {
    const { user } = renderApp({
      storedProgress: progressRecord({ answers: opened('mail', FRONT_DOOR.claimed as string) }),
    });
    const step = await openLaterStep(user, jaFlow.steps['check-sender'].title);
    expect(within(step).getByRole('img', { name: MAIL_PICTURE })).toBeVisible();
    expect(screen.queryByRole('img', { name: SMS_PICTURE })).toBeNull();
    expect(screen.queryByText(jaFlow.steps['check-sms-sender'].title)).toBeNull();
  });

  it('names every picture in the folder by its caption, readings left out in やさしい日本語', () => {
    const i18n = createI18n('ja-easy');
    for (const name of stepPictureNames()) {
      const { unmount } = render(
        <I18nextProvider i18n={i18n}>
          <StepPicture name={name} />
        </I18nextProvider>,
      );
      const key = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
      const caption = (easyCommon.pictures as Record<string, { caption: string }>)[key]?.caption;
      expect(caption, `pictures.${key}.caption`).toBeDefined();
      // The caption is the image's name, each word once: the ruby readings are not read out.
      expect(screen.getByRole('img', { name: nameOf(caption ?? '') })).toBeInTheDocument();
      unmount();
    }
  });
});
