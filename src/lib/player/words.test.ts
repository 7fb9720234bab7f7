import { describe, expect, it } from 'vitest';
import { firstSentence } from './words';

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
