import { describe, expect, it } from 'vitest';
import { errorReport } from './error-report';

describe('errorReport', () => {
  it('names the screen, the error, where it was thrown and the browser', () => {
    const error = new RangeError('Maximum call stack size exceeded');
    error.stack = [
      'RangeError: Maximum call stack size exceeded',
      ...Array.from({ length: 14 }, (_, n) => `    at frame${n} (http://localhost:4173/assets/Shared-abc.js:1:${n})`),
    ].join('\n');
    const report = errorReport(error, 'shared', 'Mozilla/5.0 Chrome/140');
    expect(report.split('\n')).toEqual([
      'Screen: shared',
      'Error: RangeError: Maximum call stack size exceeded',
      'Where:',
      ...Array.from({ length: 10 }, (_, n) => `  at frame${n} (http://localhost:4173/assets/Shared-abc.js:1:${n})`),
      'Browser: Mozilla/5.0 Chrome/140',
    ]);
  });

  it('words anything thrown, even what is not an Error or cannot be turned into text', () => {
    expect(errorReport('plain words', 'play', 'b')).toBe('Screen: play\nError: plain words\nBrowser: b');
    expect(errorReport(Object.create(null), 'play', 'b')).toBe('Screen: play\nError: unknown\nBrowser: b');
    expect(errorReport(new Error('x'.repeat(2000)), 'play', 'b').split('\n')[1]).toHaveLength('Error: '.length + 500);
  });
});
