/**
 * The smallest app on this stack that does what the first screen does: hydrate a pre-rendered,
 * translated control whose tap an XState actor handles. scripts/budget.ts builds it and prints its
 * size beside the app's, so "how much of the first load is ours" is a measured figure.
 */
import { useActorRef, useSelector } from '@xstate/react';
import i18next from 'i18next';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import { assign, setup } from 'xstate';

const counter = setup({}).createMachine({
  context: { taps: 0 },
  on: { tap: { actions: assign({ taps: ({ context }) => context.taps + 1 }) } },
});

function Question() {
  const { t } = useTranslation();
  const actor = useActorRef(counter);
  const taps = useSelector(actor, (snapshot) => snapshot.context.taps);
  return (
    <button type="button" onClick={() => actor.send({ type: 'tap' })}>
      {t('question')} {taps}
    </button>
  );
}

const i18n = i18next.createInstance();
void i18n
  .use(initReactI18next)
  .init({ lng: 'ja', resources: { ja: { translation: { question: '質問' } } } })
  .then(() => {
    const root = document.getElementById('root');
    if (root)
      hydrateRoot(
        root,
        <StrictMode>
          <I18nextProvider i18n={i18n}>
            <Question />
          </I18nextProvider>
        </StrictMode>,
      );
  });
