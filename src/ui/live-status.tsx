import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { plainText } from '../i18n/readings';

type Announce = (message: string) => void;
const AnnounceContext = createContext<Announce>(() => {});

/** A polite status region that exists before any message, so screen readers announce each change. */
export function LiveStatusProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const { i18n } = useTranslation();
  const announce = useCallback<Announce>(
    (text) => {
      // Clear first so the same message twice is still announced. Readings in brackets would be
      // read out as words of their own (止と): the kanji alone is read right.
      setMessage('');
      const said = plainText(text, i18n.language);
      requestAnimationFrame(() => setMessage(said));
    },
    [i18n],
  );
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div role="status" aria-live="polite" className="visually-hidden" data-testid="live-status">
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}
