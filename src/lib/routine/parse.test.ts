import { describe, expect, it } from 'vitest';
import { VALID_JSON, VALID_MARKDOWN } from '../../../tests/support/routines';
import { formatProblem, parseRoutineFile, type Problem } from '.';

function problems(name: string, text: string): string[] {
  const result = parseRoutineFile(name, text);
  if (result.ok) throw new Error(`expected ${name} to be invalid`);
  return result.problems.map((problem: Problem) => formatProblem(name, problem));
}

const md = (from: string, to: string) => {
  if (!VALID_MARKDOWN.includes(from)) throw new Error(`fixture lacks ${from}`);
  return VALID_MARKDOWN.replace(from, to);
};
const json = (from: string, to: string) => {
  if (!VALID_JSON.includes(from)) throw new Error(`fixture lacks ${from}`);
  return VALID_JSON.replace(from, to);
};

describe('valid files', () => {
  it('parses Markdown with defaults filled in and durations in seconds', () => {
    const result = parseRoutineFile('back-relief.md', VALID_MARKDOWN);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      id: 'back-relief',
      intro: 'Sit tall.',
      cautions: [],
      version: 1,
      steps: [
        { title: 'Palm circles', duration: 60, areas: ['lower-back', 'hips'], tool: 'hands', pressure: 'medium', sides: 'both', repeat: 1, rest: false, instructions: 'Place both palms on your lower back.' },
        { title: 'Shoulder squeeze', duration: 45, sides: 'left-right' },
      ],
    });
  });

  it('parses JSON with string and number durations', () => {
    const result = parseRoutineFile('desk-break.json', VALID_JSON);
    expect(result.ok && result.value.steps.map((step) => step.duration)).toEqual([30, 20]);
  });

  it('accepts CRLF line ends, a byte-order mark and the duration forms of the spec', () => {
    const text = `\uFEFF${md('duration: 60s', 'duration: 1m 30s').replace(/\n/g, '\r\n')}`;
    const result = parseRoutineFile('x.md', text);
    expect(result.ok && result.value.steps[0]?.duration).toBe(90);
    for (const [written, seconds] of [['90', 90], ['1m', 60], ['1h', 3600], ['1m30s', 90], ['2m5s', 125]] as const) {
      const parsed = parseRoutineFile('x.md', md('duration: 60s', `duration: ${written}`));
      expect(parsed.ok && parsed.value.steps[0]?.duration).toBe(seconds);
    }
  });

  it('keeps code fences in instructions and does not read ## inside them as steps', () => {
    const fenced = parseRoutineFile('x.md', md('Reach across with one hand.', 'Reach.\n\n```\n### in a fence\n## also in a fence\n```'));
    // The fence keeps its ## line inside the step; the schema then refuses ## in instructions,
    // so a routine always writes back to Markdown unchanged.
    expect(!fenced.ok && fenced.problems.map((problem) => problem.message)).toEqual([
      'instructions cannot contain ## headings (they start a new step); use ### for a subheading',
    ]);
  });

  it('reads how a step is done: position, motions in order, direction, one side', () => {
    const result = parseRoutineFile('x.md', md('sides: left-right', 'sides: left\nposition: seated\nmotion: press-hold, circles\ndirection: toward-heart'));
    expect(result.ok && result.value.steps[1]).toMatchObject({
      sides: 'left', position: 'seated', motion: ['press-hold', 'circles'], direction: 'toward-heart',
    });
    const single = parseRoutineFile('x.json', json('"duration": 20', '"duration": 20, "motion": "glide", "direction": "down"'));
    expect(single.ok && single.value.steps[1]).toMatchObject({ motion: ['glide'], direction: 'down' });
  });

  it('gives the routine’s position to every step that names none', () => {
    const result = parseRoutineFile('x.md', md('tags: [back, desk]', 'tags: [back, desk]\nposition: standing').replace('sides: left-right', 'position: wall-lean'));
    expect(result.ok && result.value.steps.map((step) => step.position)).toEqual(['standing', 'wall-lean']);
    expect(result.ok && 'position' in result.value).toBe(false);
  });

  it('reads rest: yes and repeat as a number', () => {
    const result = parseRoutineFile('x.md', md('sides: left-right', 'rest: yes\nrepeat: 3'));
    expect(result.ok && result.value.steps[1]).toMatchObject({ rest: true, repeat: 3 });
  });
});

// Each malformed input: the file, and the exact lines the validator must print.
const MALFORMED: [string, string, string, string[]][] = [
  ['bad duration word', 'x.md', md('duration: 45s', 'duration: fast'), ['x.md:20:11: "fast" is not a duration; write 45s, 1m or 1m30s']],
  ['duration too long', 'x.md', md('duration: 60s', 'duration: 2h'), ['x.md:12:11: a step lasts at most 1 hour (got "2h"); split it into shorter steps']],
  ['duration zero', 'x.md', md('duration: 60s', 'duration: 0'), ['x.md:12:11: a step lasts at least 1 second (got "0")']],
  ['duration in the wrong order', 'x.md', md('duration: 60s', 'duration: 30s1m'), ['x.md:12:11: "30s1m" is not a duration; write 45s, 1m or 1m30s']],
  ['empty duration', 'x.md', md('duration: 60s', 'duration:'), ['x.md:12:10: "" is not a duration; write 45s, 1m or 1m30s']],
  ['missing duration', 'x.md', md('duration: 45s\n', ''), ['x.md:19:1: missing "duration": add a line such as `duration: 45s` under the step heading']],
  ['unknown area with a suggestion', 'x.md', md('areas: lower-back, hips', 'areas: lower-back, hip'), ['x.md:13:20: "hip" is not a body area; use one of: scalp, temples, jaw, face, neck, shoulders, chest, upper-back, lower-back, arms, forearms, hands, abdomen, hips, glutes, thighs, calves, shins, feet (did you mean "hips"?)']],
  ['area listed twice', 'x.md', md('areas: lower-back, hips', 'areas: hips, hips'), ['x.md:13:8: an area is listed twice; name each area once']],
  ['unknown tool', 'x.md', md('tool: hands', 'tool: foam roller'), ['x.md:14:7: "foam roller" is not a tool; use one of: hands, fingertips, thumbs, knuckles, ball, foam-roller, massage-gun, towel, none (did you mean "foam-roller"?)']],
  ['tool in other words', 'x.md', md('tool: hands', 'tool: roller'), ['x.md:14:7: "roller" is not a tool; use one of: hands, fingertips, thumbs, knuckles, ball, foam-roller, massage-gun, towel, none (did you mean "foam-roller"?)']],
  ['tool in other words, a ball', 'x.md', md('tool: hands', 'tool: tennis ball'), ['x.md:14:7: "tennis ball" is not a tool; use one of: hands, fingertips, thumbs, knuckles, ball, foam-roller, massage-gun, towel, none (did you mean "ball"?)']],
  ['unknown pressure', 'x.md', md('pressure: medium', 'pressure: hard'), ['x.md:15:11: "hard" is not a pressure; use one of: light, medium, firm']],
  ['unknown sides', 'x.md', md('sides: left-right', 'sides: each'), ['x.md:21:8: "each" is not a choice of sides; use one of: both, left-right, left, right']],
  ['unknown position with a typo', 'x.md', md('tool: hands', 'position: lying on back'), ['x.md:14:11: "lying on back" is not a position; use one of: standing, wall-lean, seated, seated-desk, seated-floor, lying-back, lying-side, lying-front (did you mean "lying-back"?)']],
  ['position in other words', 'x.md', md('tool: hands', 'position: sitting'), ['x.md:14:11: "sitting" is not a position; use one of: standing, wall-lean, seated, seated-desk, seated-floor, lying-back, lying-side, lying-front (did you mean "seated"?)']],
  ['unknown motion, second in the list', 'x.md', md('tool: hands', 'motion: press-hold, circle'), ['x.md:14:21: "circle" is not a motion; use one of: circles, glide, up-down, side-to-side, back-and-forth, press-hold, squeeze, knead, rub, pull, stretch, still (did you mean "circles"?)']],
  ['motion in other words', 'x.md', md('tool: hands', 'motion: strokes'), ['x.md:14:9: "strokes" is not a motion; use one of: circles, glide, up-down, side-to-side, back-and-forth, press-hold, squeeze, knead, rub, pull, stretch, still (did you mean "glide"?)']],
  ['too many motions', 'x.md', md('tool: hands', 'motion: circles, glide, knead'), ['x.md:14:9: a step names at most 2 motions, done one after the other']],
  ['motion listed twice', 'x.md', md('tool: hands', 'motion: circles, circles'), ['x.md:14:9: a motion is listed twice; name each motion once']],
  ['empty motion', 'x.md', md('tool: hands', 'motion:'), ['x.md:14:8: motion is empty; name a motion such as circles or glide']],
  ['unknown direction', 'x.md', md('tool: hands', 'direction: towards the heart'), ['x.md:14:12: "towards the heart" is not a direction; use one of: up, down, outward, inward, forward, backward, toward-heart, away-from-heart, clockwise, anticlockwise (did you mean "toward-heart"?)']],
  ['step field in the front matter', 'x.md', md('tags:', 'motion: circles\ntags:'), ['x.md:5:1: "motion" is a step field; write it with each step it belongs to']],
  ['unknown routine position', 'x.md', md('tags: [back, desk]', 'tags: [back, desk]\nposition: bed'), ['x.md:6:11: "bed" is not a position; use one of: standing, wall-lean, seated, seated-desk, seated-floor, lying-back, lying-side, lying-front (did you mean "lying-back"?)']],
  ['repeat not a number', 'x.md', md('sides: left-right', 'repeat: three'), ['x.md:21:9: repeat must be a whole number from 1 to 20, not "three"']],
  ['repeat too large', 'x.md', md('sides: left-right', 'repeat: 50'), ['x.md:21:9: repeat can be at most 20']],
  ['rest not a yes or no', 'x.md', md('sides: left-right', 'rest: maybe'), ['x.md:21:7: rest must be true or false, not "maybe"']],
  ['misspelt attribute', 'x.md', md('tool: hands', 'tol: hands'), ['x.md:14:1: unknown step field "tol" (did you mean "tool"?); known fields are title, duration, instructions, areas, sides, repeat, rest, illustration, tool, pressure, stroke, position, motion, direction']],
  ['attribute given twice', 'x.md', md('tool: hands', 'tool: hands\ntool: ball'), ['x.md:15:1: "tool" is given twice in this step; keep one line']],
  ['bad illustration name', 'x.md', md('tool: hands', 'illustration: http://evil.example/x.png'), ['x.md:14:15: "http://evil.example/x.png" is not an illustration name; write a file name such as palm-circles.svg']],
  ['empty step title', 'x.md', md('## Palm circles', '##'), ['x.md:11:3: step title is empty; write something here']],
  ['step without instructions', 'x.md', md('\nReach across with one hand.\n', ''), ['x.md:19:1: this step has no instructions; write what to do under the attribute lines (only rest steps may be empty)']],
  ['no front matter', 'x.md', '# Back relief\n\n## Step\nduration: 1m\n', ['x.md:1:1: a routine file starts with front matter: a line with ---, the routine fields (id, title, summary, safety), then another ---']],
  ['front matter not closed', 'x.md', '---\nid: x\ntitle: X\n', ['x.md:1:1: the front matter is not closed; add a line with --- after the routine fields']],
  ['broken YAML', 'x.md', md('tags: [back, desk]', 'tags: [back, desk'), ['x.md:6:1: the front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]']],
  ['front matter not fields', 'x.md', '---\n- a\n- b\n---\n', ['x.md:2:1: the front matter must be fields such as `title: Back relief`, one per line']],
  ['missing safety note', 'x.md', md('safety: Stop at sharp pain.\n', ''), ['x.md:1:1: missing "safety": add `safety: ...`: every routine needs a safety note that says when to stop and when not to start']],
  ['bad id', 'x.md', md('id: back-relief', 'id: Back Relief'), ['x.md:2:5: "Back Relief" is not an id; use lowercase letters, digits and single hyphens, such as back-relief']],
  ['unknown routine field', 'x.md', md('tags:', 'colour: blue\ntags:'), ['x.md:5:1: unknown routine field "colour"; known fields are id, title, summary, tags, position, intro, safety, cautions, author, version, steps']],
  ['tags not a list', 'x.md', md('tags: [back, desk]', 'tags: back'), ['x.md:5:7: tags must be a list, not "back"']],
  ['steps in front matter', 'x.md', md('tags:', 'steps: 3\ntags:'), ['x.md:5:1: in Markdown, steps are written as ## headings after the front matter, not as a field']],
  ['no steps at all', 'x.md', VALID_MARKDOWN.slice(0, VALID_MARKDOWN.indexOf('## Palm')), ['x.md:11:1: this routine has no steps; add at least one']],
  ['several problems, all reported in order', 'x.md', md('duration: 45s', 'duration: fast').replace('pressure: medium', 'pressure: hard'), [
    'x.md:15:11: "hard" is not a pressure; use one of: light, medium, firm',
    'x.md:20:11: "fast" is not a duration; write 45s, 1m or 1m30s',
  ]],
  ['empty file', 'x.md', '', ['x.md:1:1: the file is empty; a routine needs front matter (Markdown) or an object (JSON) with at least a title, safety note and one step']],
  ['only whitespace', 'x.json', ' \n\n\t\n', ['x.json:1:1: the file is empty; a routine needs front matter (Markdown) or an object (JSON) with at least a title, safety note and one step']],
  ['binary garbage', 'x.md', '\u0000\u0001\u0002PNG\uFFFD\uFFFD', ['x.md:1:1: this is not a text file; a routine is a Markdown (.md) or JSON (.json) text file']],
  ['unknown file type', 'notes.txt', 'hello', ['notes.txt:1:1: this is not a routine file; routines are Markdown (.md) or JSON (.json)']],
  ['JSON trailing comma', 'x.json', json('"tags": [\n    "desk"\n  ],', '"tags": [\n    "desk",\n  ],'), ['x.json:7:3: this is not valid JSON: expected a value (is there a comma too many?)']],
  ['JSON comment', 'x.json', json('"tags"', '// situations\n  "tags"'), ['x.json:5:3: this is not valid JSON: comments are not allowed in JSON']],
  ['JSON single quotes', 'x.json', "{'id': 'x'}", ['x.json:1:2: this is not valid JSON: unexpected character; JSON text is one object in {}, strings in "double quotes"']],
  ['JSON cut short', 'x.json', VALID_JSON.slice(0, 40), ['x.json:3:12: this is not valid JSON: this text is not closed with a double quote (")']],
  ['JSON array instead of object', 'x.json', '[1, 2]', ['x.json:1:1: a routine must be a group of fields, not a list']],
  ['JSON wrong types', 'x.json', json('"title": "Desk break"', '"title": 7'), ['x.json:3:12: title must be text, not 7']],
  ['JSON unknown step field', 'x.json', json('"duration": 20,', '"duration": 20, "speed": "fast",'), ['x.json:20:23: unknown step field "speed"; known fields are title, duration, instructions, areas, sides, repeat, rest, illustration, tool, pressure, stroke, position, motion, direction']],
  ['JSON motion of the wrong type', 'x.json', json('"duration": 20', '"duration": 20, "motion": 3'), ['x.json:20:33: motion must be a motion or a list of motions, not 3']],
  ['JSON unknown motion in a list', 'x.json', json('"duration": 20', '"duration": 20, "motion": ["glide", "kneed"]'), ['x.json:20:43: "kneed" is not a motion; use one of: circles, glide, up-down, side-to-side, back-and-forth, press-hold, squeeze, knead, rub, pull, stretch, still (did you mean "knead"?)']],
  ['JSON fractional duration', 'x.json', json('"duration": 20', '"duration": 2.5'), ['x.json:20:19: 2.5 is not a whole number of seconds; write 45s, 1m or 1m30s']],
  ['JSON duration of the wrong type', 'x.json', json('"duration": 20', '"duration": true'), ['x.json:20:19: duration must be a number of seconds or text such as 45s, 1m or 1m30s']],
  ['JSON missing step title', 'x.json', json('"title": "Reach",', ''), ['x.json:18:5: missing "title": every step needs a title']],
  ['JSON empty steps', 'x.json', '{"id":"a","title":"A","summary":"S","safety":"S","steps":[]}', ['x.json:1:58: this routine has no steps; add at least one']],
  ['JSON title over two lines', 'x.json', json('"title": "Desk break"', '"title": "Desk\\nbreak"'), ['x.json:3:12: title must fit on one line']],
];

describe('malformed files', () => {
  it.each(MALFORMED)('%s', (_name, file, text, expected) => {
    expect(problems(file, text)).toEqual(expected);
  });

  it('covers at least 25 malformed inputs', () => {
    expect(MALFORMED.length).toBeGreaterThanOrEqual(25);
  });

  it('never throws, whatever the bytes', () => {
    const samples = ['---', '---\n---', '{', '}', 'null', '"x"', '---\n: :\n---', '##', '---\nid: [\n---\n## a', '\uFFFD'.repeat(100)];
    for (const text of samples) {
      for (const name of ['x.md', 'x.json']) expect(() => parseRoutineFile(name, text)).not.toThrow();
    }
  });
});
