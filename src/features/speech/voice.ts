/** The best Icelandic voice the device has (an exact `is-IS` first, then any `is`), or null. */
export function pickIcelandicVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | null {
  const norm = (l: string) => l.toLowerCase().replace('_', '-');
  return (
    voices.find((v) => norm(v.lang) === 'is-is' && v.localService) ??
    voices.find((v) => norm(v.lang) === 'is-is') ??
    voices.find((v) => norm(v.lang).startsWith('is')) ??
    null
  );
}

/** Says `text` in Icelandic with `voice`, cancelling anything being said. */
export function speak(synth: SpeechSynthesis, voice: SpeechSynthesisVoice, text: string, rate = 0.9): SpeechSynthesisUtterance {
  synth.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.voice = voice;
  u.lang = voice.lang;
  u.rate = rate;
  synth.speak(u);
  return u;
}
