// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders the allowed Markdown and drops the rest', () => {
    expect(renderMarkdown('Breathe **out** as you press.')).toBe('<p>Breathe <strong>out</strong> as you press.</p>\n');
    expect(renderMarkdown('<img src=x onerror=alert(1)>Hi')).not.toMatch(/img|onerror/);
    expect(renderMarkdown('[x](javascript:alert(1))')).not.toContain('javascript');
  });

  it.each([
    ['a list nested 1,999 deep', '- '.repeat(1999)],
    ['a quote nested 2,000 deep', '>'.repeat(2000)],
  ])('never throws, even on %s: the words come back as escaped paragraphs', (_name, hostile) => {
    const page = document.createElement('div');
    page.innerHTML = renderMarkdown(`${hostile}<b onclick="x()">deep</b>`);
    expect(page.querySelector('b, [onclick]')).toBeNull();
    expect(page.textContent).toContain('<b onclick="x()">deep</b>');
  });
});
