import { useEffect, useMemo, useState } from 'react';
import { useAnalysisClient } from '../../app/services';
import { entryKey } from '../../db/lists';
import type { WordListEntry } from '../../db/types';
import type { Analysis } from '../../lang/types';
import { exampleText, spanInAnalysis, type Span } from './exampleWindow';

/** Where each entry's word is in its example (by `entryKey`): null where the analysis does not find it. */
export type ExampleSpans = ReadonlyMap<string, Span | null>;

/**
 * Where each word of a list is in its example sentence, as the language worker reads the sentences
 * (so that "er" is found for "vera", "sagður" for "segja"). The examples are analysed together,
 * once for each set of sentences (editing a meaning does not analyse them again). Undefined until
 * the worker has answered, or if it cannot: the handout then guesses from the words' spelling.
 */
export function useExampleSpans(entries: readonly WordListEntry[] | undefined): ExampleSpans | undefined {
  const client = useAnalysisClient();
  const texts = useMemo(() => [...new Set((entries ?? []).map((e) => exampleText(e.example)).filter(Boolean))], [entries]);
  // One text of all the sentences, a paragraph each; a sentence's offset in it is its key.
  const joined = texts.join('\n\n');
  const [analysed, setAnalysed] = useState<{ joined: string; analysis: Analysis } | null>(null);
  useEffect(() => {
    if (!joined) return;
    let live = true;
    client
      .ready()
      .then(() => client.analyse(joined))
      .then((analysis) => live && setAnalysed({ joined, analysis }))
      .catch(() => live && setAnalysed(null));
    return () => {
      live = false;
    };
  }, [client, joined]);
  return useMemo(() => {
    if (!entries || !analysed || analysed.joined !== joined) return undefined;
    const starts = new Map<string, number>();
    let at = 0;
    for (const t of texts) {
      starts.set(t, at);
      at += t.length + 2;
    }
    return new Map(
      entries.map((e) => {
        const t = exampleText(e.example);
        const from = starts.get(t);
        return [entryKey(e), from === undefined ? null : spanInAnalysis(analysed.analysis, from, from + t.length, e)] as const;
      }),
    );
  }, [entries, analysed, joined, texts]);
}
