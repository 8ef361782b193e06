import { cueFirst, formFirst } from './formSenses';

const s = (gloss: string, extra: { forms?: string[]; cues?: string[] } = {}) => ({ gloss, ...extra });

describe('formFirst', () => {
  it('puts the senses of the written form first, else keeps the order', () => {
    const senses = [s('growth'), s('interest', { forms: ['vextir', 'vaxta'] })];
    expect(formFirst(senses, 'Vextir').map((x) => x.gloss)).toEqual(['interest', 'growth']);
    expect(formFirst(senses, 'vöxtur').map((x) => x.gloss)).toEqual(['growth', 'interest']);
  });
});

describe('cueFirst', () => {
  const senses = [s('point'), s('level'), s('degree', { cues: ['frost', 'hiti'] })];
  it('puts a sense first when one of its cue lemmas stands in the sentence', () => {
    expect(cueFirst(senses, new Set(['verða', 'frost', 'tveir'])).map((x) => x.gloss)).toEqual(['degree', 'point', 'level']);
  });
  it('keeps the order without a cue, or without a context', () => {
    expect(cueFirst(senses, new Set(['lið', 'skora'])).map((x) => x.gloss)).toEqual(['point', 'level', 'degree']);
    expect(cueFirst(senses, undefined)).toBe(senses);
    expect(cueFirst(senses, new Set())).toBe(senses);
  });
});
