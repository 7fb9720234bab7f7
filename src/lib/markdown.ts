/**
 * The one way Markdown from a routine reaches the page: marked, then DOMPurify with a strict
 * allow-list. Routine text is untrusted (files, links), so no script, event handler, form,
 * frame, image or style survives, and links keep only http(s) and mailto targets.
 */
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

const marked = new Marked({ gfm: true, breaks: false, async: false });

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'b', 'i', 'del', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'h3', 'h4', 'h5', 'h6', 'hr', 'a'];
const ALLOWED_ATTR = ['href', 'title'];
const SAFE_URL = /^(?:https?:|mailto:)/i;

let hooked = false;
function hook() {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName !== 'A') return;
    const target = node.getAttribute('href') ?? '';
    if (!SAFE_URL.test(target)) {
      node.removeAttribute('href');
      return;
    }
    node.setAttribute('rel', 'noopener noreferrer nofollow');
    node.setAttribute('target', '_blank');
  });
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The text as escaped plain paragraphs: what a reader sees when the Markdown parser gives up. */
function plainParagraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${paragraph.replace(/[&<>"']/g, (char) => ESCAPES[char]!)}</p>`)
    .join('\n');
}

/**
 * Safe HTML for a Markdown text from a routine. Never throws: marked refuses some hostile
 * input (a list or quote nested thousands deep throws RangeError), and then the words are
 * shown as plain paragraphs instead of breaking the screen.
 */
export function renderMarkdown(markdown: string): string {
  hook();
  let html: string;
  try {
    html = marked.parse(markdown) as string;
  } catch {
    html = plainParagraphs(markdown);
  }
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: [...ALLOWED_ATTR, 'rel', 'target'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  });
}
