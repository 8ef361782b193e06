import { cleanArticle } from './src/lang/clean/index.ts';
const text = `Aur ainn Pútín Samúel Ólason skrifar 1. janúar 2015 00:00 Pútín aingu aingu Pútín ainn. Vísir/Anton Brink Ains t.d. aar aanna aaði. Íð aingu, ainn alegt assi. Pútín 2 aaði aaði air.\nAins t.d. aar aanna aaði. Íð aingu, ainn alegt assi. Pútín 2 aaði aaði air.`;
const out = cleanArticle(text);
console.log(JSON.stringify(out.paragraphs, null, 1));
console.log(out.removed?.map((r: any) => [r.reason, text.slice(r.start, r.end)]));
