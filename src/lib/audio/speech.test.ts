import { afterEach, describe, expect, it, vi } from 'vitest';
import { deviceVoices, firstSentence, type DeviceVoice } from './speech';

describe('firstSentence', () => {
  it.each([
    ['Place both palms on your back. Then circle.', 'Place both palms on your back.'],
    ['**Slowly** press the [ridge](https://x.y) of muscle.\n\nBreathe.', 'Slowly press the ridge of muscle.'],
    ['No full stop here', 'No full stop here'],
    ['Hold 2.5 seconds? Yes. Then rest.', 'Hold 2.5 seconds?'],
  ])('%s', (markdown, sentence) => {
    expect(firstSentence(markdown)).toBe(sentence);
  });
});

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
