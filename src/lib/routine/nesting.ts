/**
 * How deeply Markdown nests lists and block quotes, read the way CommonMark opens and continues
 * its containers (close enough for a limit: a lazy continuation line may count a level less).
 * The Markdown renderer recurses once per level and gives up thousands of levels down, so the
 * schema refuses text deeper than a few levels before any screen tries to show it.
 */

/** Where the text first goes deeper than the limit, 1-based within the text. */
export interface TooDeep {
  line: number;
  column: number;
}

const QUOTE = -1;
const BLANK = /^[ ]*$/;
const QUOTE_MARK = /^[ ]{0,3}>[ ]?/;
const LIST_MARK = /^([ ]{0,3})([-+*]|\d{1,9}[.)])([ ]+|$)/;
const THEMATIC_BREAK = /^[ ]{0,3}(?:(?:\*[ ]*){3,}|(?:-[ ]*){3,}|(?:_[ ]*){3,})$/;
const FENCE = /^[ ]{0,3}(`{3,}|~{3,})/;

/**
 * The first place `text` opens more than `max` lists and quotes inside each other, or null.
 * Linear in the length of the text.
 */
export function tooDeep(text: string, max: number): TooDeep | null {
  /** Open containers, outermost first: QUOTE, or a list item's content indent. */
  const open: number[] = [];
  /** The open code fence and how many containers hold it. */
  let fence: { mark: string; depth: number } | null = null;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.replace(/\t/g, '    ');
    let at = 0;
    let kept = 0;
    for (; kept < open.length; kept++) {
      const rest = line.slice(at);
      const container = open[kept]!;
      if (container === QUOTE) {
        const mark = QUOTE_MARK.exec(rest);
        if (!mark) break;
        at += mark[0].length;
      } else if (BLANK.test(rest)) {
        at = line.length;
      } else if (rest.length - rest.trimStart().length >= container) {
        at += container;
      } else {
        break;
      }
    }
    open.length = kept;
    if (fence) {
      if (kept < fence.depth) fence = null;
      else {
        const closing = FENCE.exec(line.slice(at));
        if (closing && closing[1]![0] === fence.mark[0] && closing[1]!.length >= fence.mark.length) fence = null;
        continue;
      }
    }
    for (;;) {
      const rest = line.slice(at);
      const quote = QUOTE_MARK.exec(rest);
      if (quote) {
        open.push(QUOTE);
        if (open.length > max) return { line: index + 1, column: at + quote[0].indexOf('>') + 1 };
        at += quote[0].length;
        continue;
      }
      if (THEMATIC_BREAK.test(rest)) break;
      const item = LIST_MARK.exec(rest);
      if (!item) break;
      const [whole, indent, marker, spaces] = item as unknown as [string, string, string, string];
      // Content starts after the marker and one to four spaces; more spaces are indented code.
      const width = indent.length + marker.length + (spaces.length === 0 || spaces.length > 4 ? 1 : spaces.length);
      open.push(width);
      if (open.length > max) return { line: index + 1, column: at + indent.length + 1 };
      at += Math.min(whole.length, width);
    }
    const opening = FENCE.exec(line.slice(at));
    if (opening) fence = { mark: opening[1]!, depth: open.length };
  }
  return null;
}
