import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MAIN_FLOW_ID, getFlow } from '../flow/registry';
import { createI18n } from '../i18n/setup';
import { openStorage } from '../progress/safe-storage';
import { reflectLanguage, storedLanguage } from './language';
import { Root } from './root';
import './styles.css';

const storage = openStorage();
const i18n = createI18n(storedLanguage(storage));
reflectLanguage(i18n);

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <Root flow={getFlow(MAIN_FLOW_ID)} storage={storage} i18n={i18n} />
    </StrictMode>,
  );
}
