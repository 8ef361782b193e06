import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SpeakButton } from './SpeakButton';
import { pickIcelandicVoice } from './voice';

const voice = (lang: string, name = lang, localService = true) => ({ lang, name, localService, default: false, voiceURI: name }) as SpeechSynthesisVoice;

class Utterance {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  rate = 1;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(public text: string) {}
}

function fakeSynth(voices: SpeechSynthesisVoice[]) {
  const target = new EventTarget();
  const synth = {
    voices,
    spoken: [] as Utterance[],
    cancel: vi.fn(),
    getVoices: () => synth.voices,
    speak: (u: Utterance) => synth.spoken.push(u),
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    fireVoicesChanged: () => target.dispatchEvent(new Event('voiceschanged')),
  };
  return synth;
}

beforeAll(() => vi.stubGlobal('SpeechSynthesisUtterance', Utterance));
afterAll(() => vi.unstubAllGlobals());

describe('SpeakButton', () => {
  it('is hidden when the device has no Icelandic voice', () => {
    const s = fakeSynth([voice('en-GB'), voice('de-DE')]);
    render(<SpeakButton text="hestur" synth={s as unknown as SpeechSynthesis} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('is hidden with no speech synthesis at all', () => {
    render(<SpeakButton text="hestur" synth={null} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('appears when an Icelandic voice arrives later, and speaks the text with it', async () => {
    const user = userEvent.setup();
    const s = fakeSynth([]);
    render(<SpeakButton text="Bandaríkjanna" synth={s as unknown as SpeechSynthesis} />);
    expect(screen.queryByRole('button')).toBeNull();
    s.voices = [voice('en-US'), voice('is-IS', 'Dóra')];
    act(() => s.fireVoicesChanged());
    await user.click(screen.getByRole('button', { name: 'Listen to “Bandaríkjanna”' }));
    expect(s.cancel).toHaveBeenCalled();
    expect(s.spoken).toHaveLength(1);
    expect(s.spoken[0]).toMatchObject({ text: 'Bandaríkjanna', lang: 'is-IS' });
    expect(s.spoken[0].voice?.name).toBe('Dóra');
  });

  it.each([
    { voices: [voice('is_IS', 'underscore')], expected: 'underscore', reason: 'Android-style is_IS' },
    { voices: [voice('is', 'bare')], expected: 'bare', reason: 'bare language code' },
    { voices: [voice('is-IS', 'remote', false), voice('is-IS', 'local')], expected: 'local', reason: 'local voice preferred' },
    { voices: [voice('it-IT'), voice('en-IS')], expected: null, reason: 'Italian and English (Iceland) are not Icelandic' },
  ])('pickIcelandicVoice: $reason', ({ voices, expected }) => {
    expect(pickIcelandicVoice(voices)?.name ?? null).toBe(expected);
  });
});
