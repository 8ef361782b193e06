import { useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { pickIcelandicVoice, speak } from './voice';

const getSynth = (): SpeechSynthesis | null =>
  typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined' ? window.speechSynthesis : null;

// One voice look-up per speech engine, shared by every button: the popover mounts a button on each
// tap, and asking the engine for its voice list every time costs more than the rest of the popover.
const voices = new WeakMap<SpeechSynthesis, { voice: SpeechSynthesisVoice | null; listeners: Set<() => void> }>();

function voiceEntry(synth: SpeechSynthesis) {
  let e = voices.get(synth);
  if (!e) {
    const entry = { voice: pickIcelandicVoice(synth.getVoices()), listeners: new Set<() => void>() };
    synth.addEventListener?.('voiceschanged', () => {
      entry.voice = pickIcelandicVoice(synth.getVoices());
      entry.listeners.forEach((l) => l());
    });
    voices.set(synth, entry);
    e = entry;
  }
  return e;
}

/** The device's Icelandic voice, updated when the voice list arrives (it loads asynchronously). */
export function useIcelandicVoice(synth: SpeechSynthesis | null = getSynth()): SpeechSynthesisVoice | null {
  const subscribe = useCallback(
    (fn: () => void) => {
      if (!synth) return () => undefined;
      const e = voiceEntry(synth);
      e.listeners.add(fn);
      return () => e.listeners.delete(fn);
    },
    [synth],
  );
  return useSyncExternalStore(subscribe, () => (synth ? voiceEntry(synth).voice : null));
}

/**
 * "Listen" button: says `text` with an Icelandic voice. Renders nothing when the device has no
 * Icelandic voice (a wrong-language voice would teach a wrong pronunciation).
 */
export function SpeakButton({ text, synth = getSynth(), className }: { text: string; synth?: SpeechSynthesis | null; className?: string }) {
  const voice = useIcelandicVoice(synth);
  if (!synth || !voice || !text.trim()) return null;
  return <VoiceButton text={text} synth={synth} voice={voice} className={className} />;
}

/** (Its own component so that, without a voice, the popover on each tap skips the translation hook.) */
function VoiceButton({ text, synth, voice, className }: { text: string; synth: SpeechSynthesis; voice: SpeechSynthesisVoice; className?: string }) {
  const { t } = useTranslation('pwa');
  return (
    <button
      type="button"
      className={`speak-button ${className ?? ''}`}
      aria-label={t('speak', { text })}
      onClick={() => {
        speak(synth, voice, text);
      }}
    >
      <span aria-hidden="true">🔊</span> {t('listen')}
    </button>
  );
}
