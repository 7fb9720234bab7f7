/**
 * Unknot's cue sounds as numbers: a few decaying sine partials each. scripts/make-cues.ts
 * writes them into the MP3 sprite; the bedtime track renderer places them sample-exactly.
 */
import { SPRITE, type Sound } from './sprite';

interface Partial {
  /** Frequency as a multiple of the fundamental. */
  ratio: number;
  gain: number;
  /** Seconds for the partial to fall to 1/e. */
  decay: number;
}

interface Voice {
  fundamental: number;
  partials: Partial[];
  attack: number;
  level: number;
}

export const VOICES: Record<Sound, Voice> = {
  chime: {
    fundamental: 659.25,
    partials: [{ ratio: 1, gain: 0.6, decay: 0.55 }, { ratio: 2.0, gain: 0.18, decay: 0.3 }, { ratio: 3.01, gain: 0.08, decay: 0.18 }],
    attack: 0.008,
    level: 0.55,
  },
  tick: {
    fundamental: 1318.5,
    partials: [{ ratio: 1, gain: 0.7, decay: 0.025 }, { ratio: 2.4, gain: 0.15, decay: 0.012 }],
    attack: 0.002,
    level: 0.35,
  },
  bell: {
    fundamental: 880,
    partials: [{ ratio: 1, gain: 0.5, decay: 0.7 }, { ratio: 2.76, gain: 0.2, decay: 0.35 }, { ratio: 5.4, gain: 0.07, decay: 0.15 }, { ratio: 0.5, gain: 0.15, decay: 0.9 }],
    attack: 0.006,
    level: 0.5,
  },
  gong: {
    fundamental: 196,
    partials: [{ ratio: 1, gain: 0.5, decay: 1.4 }, { ratio: 2.1, gain: 0.25, decay: 0.9 }, { ratio: 3.3, gain: 0.12, decay: 0.6 }, { ratio: 4.6, gain: 0.06, decay: 0.4 }],
    attack: 0.03,
    level: 0.6,
  },
};

/** One struck sound as samples at `rate`, as long as its slot in the sprite, faded out at the end. */
export function synthesize(sound: Sound, rate: number): Float32Array<ArrayBuffer> {
  const { fundamental, partials, attack, level } = VOICES[sound];
  const count = Math.round((SPRITE[sound][1] / 1000) * rate);
  const fadeOut = Math.round(0.05 * rate);
  const samples = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    const t = i / rate;
    let value = 0;
    for (const partial of partials) {
      value += partial.gain * Math.exp(-t / partial.decay) * Math.sin(2 * Math.PI * fundamental * partial.ratio * t);
    }
    samples[i] = value * Math.min(1, t / attack) * Math.min(1, (count - i) / fadeOut) * level;
  }
  return samples;
}
