declare module 'virtual:lesa-seed-analyses' {
  import type { Analysis } from '../../lang/types';
  import type { ImportDraft } from './prepareText';
  /** The sample articles as drafts, their stored text and its analysis, made at build time (seedAnalysesPlugin.ts). */
  const seedAnalyses: { name: string; draft: ImportDraft; text: string; analysis: Analysis }[];
  export default seedAnalyses;
}
