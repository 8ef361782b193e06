import { getAnalysisClient } from './client';

/**
 * A second, tiny entry of the built page (`earlyStartPlugin.ts` puts it in index.html): starts the
 * analysis worker, and with it the download of the lemmatizer and the dictionary, as soon as this
 * file and `client.ts` have loaded, instead of after all of the app's first-load JavaScript has been
 * fetched, compiled and run. main.tsx then gets the same client (the same module instance).
 */
getAnalysisClient();
