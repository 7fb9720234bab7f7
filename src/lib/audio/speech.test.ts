import { afterEach, describe, expect, it, vi } from 'vitest';
import { deviceVoices, type DeviceVoice } from './speech';

describe('deviceVoices', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('lists nothing where the browser cannot speak', () => {
    vi.stubGlobal('speechSynthesis', undefined);
    const voices = deviceVoices();
    const seen: unknown[] = [];
    voices.watch((list) => seen.push(list))();
    expect([voices.available, seen]).toEqual([false, []]);
  });

  it('lists the voices now, again when the browser fills the list in, and stops when told', () => {
    let list = [{ name: 'Samantha', lang: 'en-US' }];
    const synth = Object.assign(new EventTarget(), { getVoices: () => list });
    vi.stubGlobal('speechSynthesis', synth);
    const voices = deviceVoices();
    const seen: (readonly DeviceVoice[])[] = [];
    const stop = voices.watch((found) => seen.push(found));
    list = [...list, { name: 'Daniel', lang: 'en-GB' }];
    synth.dispatchEvent(new Event('voiceschanged'));
    stop();
    synth.dispatchEvent(new Event('voiceschanged'));
    expect(voices.available).toBe(true);
    expect(seen.map((found) => found.map((voice) => voice.name))).toEqual([['Samantha'], ['Samantha', 'Daniel']]);
  });
});
