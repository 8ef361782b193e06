/**
 * Node-only: a DOMParser from jsdom for the command-line tool and Node tests (the browser has
 * its own). Loaded through `require` so that the browser bundle never sees jsdom.
 */
import { createRequire } from 'node:module';

interface JsdomModule {
  JSDOM: new (html?: string) => { window: { DOMParser: typeof DOMParser } };
}

export function jsdomParser(): DOMParser {
  const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule;
  return new new JSDOM('').window.DOMParser();
}
