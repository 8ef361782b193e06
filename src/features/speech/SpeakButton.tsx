import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickIcelandicVoice, speak } from './voice';

const getSynth = (): SpeechSynthesis | null =>
  typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined' ? window.speechSynthesis : null;

/** The device's Icelandic voice, updated when the voice list arrives (it loads asynchronously). */
export function useIcelandicVoice(synth: SpeechSynthesis | null = getSynth()): SpeechSynthesisVoice | null {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(() => (synth ? pickIcelandicVoice(synth.getVoices()) : null));
  useEffect(() => {
    if (!synth) return;
    const update = () => setVoice(pickIcelandicVoice(synth.getVoices()));
    update();
    synth.addEventListener?.('voiceschanged', update);
    return () => synth.removeEventListener?.('voiceschanged', update);
  }, [synth]);
  return voice;
}

/**
 * "Listen" button: says `text` with an Icelandic voice. Renders nothing when the device has no
 * Icelandic voice (a wrong-language voice would teach a wrong pronunciation).
 */
export function SpeakButton({ text, synth = getSynth(), className }: { text: string; synth?: SpeechSynthesis | null; className?: string }) {
  const { t } = useTranslation('pwa');
  const voice = useIcelandicVoice(synth);
  if (!synth || !voice || !text.trim()) return null;
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
