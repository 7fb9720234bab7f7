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
