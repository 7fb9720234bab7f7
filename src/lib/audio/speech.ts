/** Voice guidance through the Web Speech API, behind a small interface tests can replace. */
export interface Voice {
  readonly available: boolean;
  say(text: string): void;
  cancel(): void;
}

export interface VoiceOptions {
  rate: number;
  voiceName?: string;
}

export const silentVoice: Voice = { available: false, say() {}, cancel() {} };

export function createSpeechVoice(options: () => VoiceOptions): Voice {
  const synth = typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
  if (!synth) return silentVoice;
  return {
    available: true,
    say(text: string) {
      const utterance = new SpeechSynthesisUtterance(text);
      const { rate, voiceName } = options();
      utterance.rate = rate;
      const voice = voiceName ? synth.getVoices().find((candidate) => candidate.name === voiceName) : undefined;
      if (voice) utterance.voice = voice;
      synth.cancel(); // never queue up: only the newest guidance matters
      synth.speak(utterance);
    },
    cancel() {
      synth.cancel();
    },
  };
}

/** A voice the device can speak with, as settings lists it. */
export interface DeviceVoice {
  readonly name: string;
  readonly lang: string;
}

/** The device's voices, for choosing one in settings; tests replace it with a fixed list. */
export interface VoiceList {
  readonly available: boolean;
  /**
   * Calls back with the voices now and again whenever the list changes (Chrome fills it in
   * after the page loads); returns a function that stops watching.
   */
  watch(onChange: (voices: readonly DeviceVoice[]) => void): () => void;
}

export function deviceVoices(): VoiceList {
  const synth = typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
  if (!synth) return { available: false, watch: () => () => {} };
  return {
    available: true,
    watch(onChange) {
      const read = () => onChange(synth.getVoices());
      read();
      synth.addEventListener('voiceschanged', read);
      return () => synth.removeEventListener('voiceschanged', read);
    },
  };
}
