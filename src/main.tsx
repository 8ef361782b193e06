import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AnalysisProvider } from './app/services';
import { loadUiLanguage } from './i18n';
import { loadLanguage, mirroredLanguage } from './features/settings/language';
import { getAnalysisClient } from './worker/client';
import { startFirstRunSeeding } from './features/library/useFirstRunSeeding';
import './app/styles.css';

// Start loading the lemmatizer and dictionary at once; the library is usable meanwhile. (In the
// build, src/worker/start.ts has already started the worker before this bundle ran: same client.)
const client = getAnalysisClient();
// On a first run, start storing the sample articles while the page is being drawn.
void startFirstRunSeeding(client);
// Only the UI language's strings are loaded (a small precached chunk), before the first render.
// Should that chunk fail to load (a half-updated cache), English is tried before giving up.
await loadUiLanguage(mirroredLanguage() ?? undefined).catch(() => loadUiLanguage('en'));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AnalysisProvider client={client}>
      <App />
    </AnalysisProvider>
  </StrictMode>,
);

void loadLanguage().then((lng) => {
  if (lng) void loadUiLanguage(lng);
});
