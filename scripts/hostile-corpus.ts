/**
 * The hostile corpus of issue #11: inputs a stranger could send, at the documented limits, each
 * with the parser entry point it goes through and what the answer says. Small ones are committed
 * in tests/fixtures/hostile/ (and checked against this generator by the unit suite); the large
 * ones are made at test or bench time into a temporary folder.
 *
 *   npx tsx scripts/hostile-corpus.ts            rewrites the committed files and README.md
 *   npx tsx scripts/hostile-corpus.ts <folder>   writes every file, large ones too, into <folder>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HISTORY_LIMITS, parseHistoryFile } from '../src/lib/history/transfer';
import { LIMITS, parseRoutineFile } from '../src/lib/routine';
import { encodePayload, MAX_JSON_BYTES } from '../src/lib/share/codec';
import { checkReport, readReportPayload, readRoutinePayload } from '../src/lib/share/link';
import { REPORT_LIMITS } from '../src/lib/share/report';

export type EntryPoint = 'routine file' | 'routine link' | 'report link' | 'report file' | 'history import';

export interface HostileInput {
  file: string;
  through: EntryPoint;
  /** One line for the corpus README. */
  what: string;
  /** Small enough to live in the repository. */
  committed: boolean;
  make: () => string;
  /** What the answer says. */
  answer: RegExp;
}

export const HOSTILE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/hostile');

const header = { id: 'hostile', title: 'Hostile', summary: 'A routine no one should write.', safety: 'Stop at pain.' };
const step = (fields: Record<string, unknown> = {}) => ({ title: 'Step', duration: 60, instructions: 'Breathe out as you press.', ...fields });
const plan = { id: 'plan123456', from: 'Northside Physio', frequency: { per: 'day', times: 1 }, start: '2026-11-16', days: 14 };
const report = (sessions: unknown[]) => ({
  format: 'unknot-report', version: 1, madeAt: '2026-11-30T12:00:00.000Z', assignment: plan,
  routine: { id: 'back-relief', title: 'Back relief' }, through: 14, includesNotes: true, sessions,
});
const session = (index: number, note?: string) => ({
  id: `session-${String(index).padStart(6, '0')}`, routineId: 'back-relief', routineTitle: 'Back relief',
  startedAt: new Date(Date.UTC(2020, 0, 1) + index * 3_600_000).toISOString(), endedAt: new Date(Date.UTC(2020, 0, 1) + index * 3_600_000 + 600_000).toISOString(),
  status: 'completed', stepsCompleted: 8, stepsTotal: 8, activeSeconds: 540, tensionBefore: 6, tensionAfter: 3,
  areasBefore: { neck: 6, shoulders: 4 }, areasAfter: { neck: 2 }, ...(note === undefined ? {} : { note }),
});
const history = (sessions: string) => `{"format":"unknot-history","version":1,"exportedAt":"2026-11-30T12:00:00.000Z","sessions":${sessions}}`;
/** `count` copies of `item` between brackets, joined by commas, built without a huge array. */
const repeated = (item: string, count: number) => `[${`${item},`.repeat(count - 1)}${item}]`;

/** The largest `count` of `item` whose routine JSON stays within a routine file. */
const fitting = (fixed: number, item: number) => Math.floor((LIMITS.fileBytes - fixed) / item);

export const CORPUS: HostileInput[] = [
  {
    file: 'deep-list-link.txt', through: 'routine link', committed: true,
    what: 'a routine link whose instructions are `- ` 1,999 times: marked recursed until RangeError',
    make: () => encodePayload({ routine: { ...header, steps: [step({ instructions: `${'- '.repeat(1999)}x` })] } }),
    answer: /more than 8 levels deep/,
  },
  {
    file: 'deep-quote-link.txt', through: 'routine link', committed: true,
    what: 'a routine link whose instructions are `>` 2,000 times',
    make: () => encodePayload({ routine: { ...header, steps: [step({ instructions: '>'.repeat(2000) })] } }),
    answer: /more than 8 levels deep/,
  },
  {
    file: 'empty-steps-link.txt', through: 'routine link', committed: true,
    what: 'a routine link of 150,000 empty steps (1.9 s, +225 MB and 300,000 problems before)',
    make: () => encodePayload({ routine: { ...header, steps: Array.from({ length: 150_000 }, () => ({})) } }),
    answer: /at most 1000 steps/,
  },
  {
    file: 'days-long-link.txt', through: 'routine link', committed: true,
    what: 'a routine link of 1,000 steps of an hour, 20 repeats, both sides: 40,000 hours',
    make: () => encodePayload({ routine: { ...header, steps: Array.from({ length: 1000 }, () => step({ duration: 3600, repeat: 20, sides: 'left-right' })) } }),
    answer: /passes 3 hours/,
  },
  {
    file: 'huge-report-link.txt', through: 'report link', committed: true,
    what: `a report link of as many empty sessions as its ${MAX_JSON_BYTES / 1000} KB of JSON hold (2.5 s, 155 MB before)`,
    make: () => encodePayload(report(Array.from({ length: Math.floor(MAX_JSON_BYTES / 3) - 200 }, () => ({})))),
    answer: /at most 1200 sessions/,
  },
  {
    file: 'full-report-link.txt', through: 'report link', committed: true,
    what: `a report link of ${REPORT_LIMITS.sessions} sessions with long notes, the last one broken: every session validated`,
    make: () => {
      const note = 'Tight on the left side, eased after the ball on the wall. '.repeat(6);
      const sessions = Array.from({ length: REPORT_LIMITS.sessions }, (_, i) => ({ day: i % 14, completed: true, minutes: 10, before: 6, after: 3, note }));
      sessions[sessions.length - 1]!.minutes = -1;
      return encodePayload(report(sessions));
    },
    answer: /minutes|expected >=0/,
  },
  {
    file: 'huge-report.json', through: 'report file', committed: false,
    what: 'a report file of 1 MB of empty sessions',
    make: () => JSON.stringify(report([])).replace('"sessions":[]', `"sessions":${repeated('{}', fitting(600, 3))}`),
    answer: /at most 1200 sessions/,
  },
  {
    file: 'empty-sessions-history.json', through: 'history import', committed: false,
    what: 'a history file of 400,000 `{}` (41.6 s and +1.3 GB before the first message)',
    make: () => history(repeated('{}', 400_000)),
    answer: /more than 20,000 sessions/,
  },
  {
    file: 'braces-history-50mb.json', through: 'history import', committed: false,
    what: `a history file of \`{}\` at the file limit of ${HISTORY_LIMITS.fileBytes / 1_000_000} MB (16 million of them)`,
    make: () => history(repeated('{}', Math.floor((HISTORY_LIMITS.fileBytes - 200) / 3))),
    answer: /more than 20,000 sessions/,
  },
  {
    file: 'valid-then-broken-history.json', through: 'history import', committed: false,
    what: `a history file of ${HISTORY_LIMITS.sessions.toLocaleString('en')} sessions, the last one broken: every session read and validated`,
    make: () => {
      const sessions = Array.from({ length: HISTORY_LIMITS.sessions }, (_, i) => session(i));
      sessions[sessions.length - 1]!.tensionAfter = 14;
      return JSON.stringify({ format: 'unknot-history', version: 1, exportedAt: '2026-11-30T12:00:00.000Z', sessions }, null, 2);
    },
    answer: /session 20000, field "tensionAfter"/,
  },
  {
    file: 'long-notes-history.json', through: 'history import', committed: false,
    what: `a history file near ${HISTORY_LIMITS.fileBytes / 1_000_000} MB: ${HISTORY_LIMITS.sessions.toLocaleString('en')} sessions with a note of ${HISTORY_LIMITS.note} characters, the last one broken`,
    make: () => {
      const note = 'Slept well after the feet. '.repeat(80).slice(0, HISTORY_LIMITS.note);
      const sessions = Array.from({ length: HISTORY_LIMITS.sessions }, (_, i) => session(i, note));
      sessions[sessions.length - 1]!.status = 'finished';
      return JSON.stringify({ format: 'unknot-history', version: 1, exportedAt: '2026-11-30T12:00:00.000Z', sessions });
    },
    answer: /session 20000, field "status"/,
  },
  {
    file: 'one-string-history.json', through: 'history import', committed: false,
    what: 'a history file whose first session holds one note of 49 MB',
    make: () => history(`[${JSON.stringify(session(0, '')).replace('"note":""', `"note":"${'x'.repeat(49_000_000)}"`)}]`),
    answer: /larger than a session can be/,
  },
  {
    file: 'unclosed-history.json', through: 'history import', committed: false,
    what: 'a history file whose sessions are 200,000 unclosed `[`',
    make: () => history('['.repeat(200_000)),
    answer: /nests deeper than a session can/,
  },
  {
    file: 'aliases.md', through: 'routine file', committed: true,
    what: 'a routine whose front matter repeats a YAML alias 150 times (yaml threw out of parseRoutineFile before)',
    make: () => `---\nid: aliases\ntitle: &t Aliases\nsummary: s\nsafety: s\ntags: [${Array(150).fill('*t').join(', ')}]\n---\n\n## Step\nduration: 1m\n\nHi.\n`,
    answer: /aliases/,
  },
  {
    file: 'billion-laughs.md', through: 'routine file', committed: true,
    what: 'a routine whose front matter is a billion-laughs YAML bomb (9 levels of 9 aliases)',
    make: () => {
      const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let i = 1; i < 9; i++) {
        const name = String.fromCharCode(97 + i);
        levels.push(`${name}: &${name} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
      }
      return `---\n${levels.join('\n')}\n---\n\n## Step\nduration: 1m\n\nHi.\n`;
    },
    answer: /aliases/,
  },
  {
    file: 'unclosed-brackets.json', through: 'routine file', committed: false,
    what: 'a routine .json of 200,000 unclosed `[` (jsonc-parser threw before)',
    make: () => '['.repeat(200_000),
    answer: /JSON|cannot be read/,
  },
  {
    file: 'deep-list.md', through: 'routine file', committed: true,
    what: 'a routine file whose instructions nest a list 1,999 levels deep',
    make: () => `---\nid: deep\ntitle: Deep\nsummary: s\nsafety: s\n---\n\n## Step\nduration: 1m\n\n${'- '.repeat(1999)}x\n`,
    answer: /more than 8 levels deep/,
  },
  {
    file: 'empty-steps.json', through: 'routine file', committed: false,
    what: 'a routine .json of 0.9 MB of `{}` steps (21.7 s and 600,000 problems before)',
    make: () => JSON.stringify(header).replace(/}$/, `,"steps":${repeated('{}', 300_000)}}`),
    answer: /at most 1000 steps/,
  },
  {
    file: 'headings.md', through: 'routine file', committed: false,
    what: 'a routine .md of 0.9 MB of `## a` step headings',
    make: () => `---\nid: headings\ntitle: Headings\nsummary: s\nsafety: s\n---\n${'## a\n'.repeat(180_000)}`,
    answer: /at most 1000 steps/,
  },
  {
    file: 'days-long.json', through: 'routine file', committed: false,
    what: 'a routine of 1,000 steps of an hour, 20 repeats, both sides (the screen-off track would have been 13,800 GB)',
    make: () => JSON.stringify({ ...header, steps: Array.from({ length: 1000 }, () => step({ duration: 3600, repeat: 20, sides: 'left-right' })) }),
    answer: /passes 3 hours/,
  },
  {
    file: 'problems-everywhere.json', through: 'routine file', committed: false,
    what: 'a routine .json near 1 MB: 1,000 steps, every field of each one wrong with a long value (the most problems a file can hold)',
    make: () => {
      const long = 'x'.repeat(50);
      const bad = {
        title: 7, duration: `soon${long}`, instructions: [long], areas: ['neckk', `elbow${long}`], sides: `both-ways${long}`, repeat: 99, rest: 'maybe',
        illustration: `${long}.png`, tool: `hammer${long}`, pressure: `hard${long}`, stroke: 5, position: `upside-down${long}`, motion: [`spin${long}`], direction: `sideways${long}`, [`extra${long}`]: true,
      };
      const text = JSON.stringify({ ...header, title: '', steps: Array.from({ length: 1000 }, () => bad) }, null, 1);
      if (text.length > LIMITS.fileBytes) throw new Error('problems-everywhere.json is over the file limit');
      return text;
    },
    answer: /title is empty/,
  },
  {
    file: 'huge-title.json', through: 'routine file', committed: false,
    what: 'a routine .json whose title is one string of nearly 1 MB',
    make: () => JSON.stringify({ ...header, title: 'x'.repeat(LIMITS.fileBytes - 200), steps: [step()] }),
    answer: /title is too long/,
  },
  {
    file: 'front-matter-keys.md', through: 'routine file', committed: false,
    what: `a routine .md whose front matter is ${LIMITS.frontMatterLength.toLocaleString('en')} characters of distinct keys, the slowest YAML at the limit`,
    make: () => {
      const keys: string[] = [];
      for (let i = 0, size = 0; size < LIMITS.frontMatterLength - 60; i++) {
        keys.push(`k${i}: ${i}`);
        size += keys.at(-1)!.length + 1;
      }
      return `---\nid: keys\ntitle: Keys\nsummary: s\nsafety: s\n${keys.join('\n')}\n---\n\n## Step\nduration: 1m\n\nHi.\n`;
    },
    answer: /unknown routine field/,
  },
  {
    file: 'front-matter-flow.md', through: 'routine file', committed: false,
    what: `a routine .md whose front matter is a flow list of ${LIMITS.frontMatterLength.toLocaleString('en')} characters`,
    make: () => `---\nid: flow\ntitle: Flow\nsummary: s\nsafety: s\ntags: [${'x,'.repeat((LIMITS.frontMatterLength - 80) / 2)}x]\n---\n\n## Step\nduration: 1m\n\nHi.\n`,
    answer: /too many entries/,
  },
  {
    file: 'long-front-matter.md', through: 'routine file', committed: false,
    what: 'a routine .md whose front matter is 0.9 MB of a list (6.6 s in the YAML parser before)',
    make: () => `---\nid: long\ntitle: Long\nsummary: s\nsafety: s\ncautions:\n${'  - x\n'.repeat(150_000)}---\n\n## Step\nduration: 1m\n\nHi.\n`,
    answer: /front matter is too long/,
  },
  {
    file: 'thousand-steps-valid.md', through: 'routine file', committed: false,
    what: 'the largest valid routine: 1,000 steps with long instructions, 3 hours in all, just under 1 MB',
    make: () => {
      const instructions = 'Place your palm flat on the muscle and circle slowly, one circle per breath. '.repeat(11);
      const steps = Array.from({ length: 1000 }, (_, i) => `## Step ${i + 1}\nduration: ${i < 800 ? 10 : 14}s\nareas: neck, shoulders\ntool: hands\npressure: medium\n\n${instructions}\n`);
      const text = `---\nid: thousand\ntitle: Thousand\nsummary: s\nsafety: s\n---\n\n${steps.join('\n')}`;
      if (text.length > LIMITS.fileBytes) throw new Error('thousand-steps-valid.md is over the file limit');
      return text;
    },
    answer: /^ok$/,
  },
];

/** A short account of how an entry point answered: `ok`, or its first problem. */
export function answer(through: EntryPoint, file: string, text: string): { ok: boolean; said: string; count: number } {
  switch (through) {
    case 'routine file': {
      const result = parseRoutineFile(file, text);
      return result.ok ? { ok: true, said: 'ok', count: 0 } : { ok: false, said: result.problems[0]!.message, count: result.problems.length };
    }
    case 'routine link':
    case 'report link': {
      const result = through === 'routine link' ? readRoutinePayload(text.trim()) : readReportPayload(text.trim());
      return result.ok ? { ok: true, said: 'ok', count: 0 } : { ok: false, said: result.details[0] ?? result.problem, count: Math.max(1, result.details.length) };
    }
    case 'report file': {
      // As ui/library/open-file.ts reads a report file the user opened.
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        return { ok: false, said: 'not JSON', count: 1 };
      }
      const result = checkReport(data);
      return result.ok ? { ok: true, said: 'ok', count: 0 } : { ok: false, said: result.details[0] ?? result.problem, count: result.details.length };
    }
    case 'history import': {
      const result = parseHistoryFile(text);
      return result.ok ? { ok: true, said: 'ok', count: 0 } : { ok: false, said: result.message, count: 1 };
    }
  }
}

export function readme(): string {
  const line = (input: HostileInput) => `| \`${input.file}\` | ${input.through} | ${input.committed ? 'here' : 'generated'} | ${input.what} |`;
  return `# Hostile corpus

Inputs a stranger could send Unknot, from issue #11, at the documented limits (routines/README.md,
*Limits*). \`scripts/hostile-corpus.ts\` makes every one; the small ones are committed here ("here"),
the large ones are generated ("generated"): in memory by the unit test
(tests/unit/hostile-corpus.test.ts, which checks each answer), and into a temporary folder by
\`npm run bench\` (alone: \`npm run bench -- hostile\`), which prints the time and extra heap of each
through the real parser entry point. Regenerate the committed files with
\`npx tsx scripts/hostile-corpus.ts\`; write all of them into a folder with
\`npx tsx scripts/hostile-corpus.ts <folder>\`.

| file | through | where | what |
| --- | --- | --- | --- |
${CORPUS.map(line).join('\n')}
`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const target = process.argv[2];
  if (target) {
    mkdirSync(target, { recursive: true });
    for (const input of CORPUS) writeFileSync(join(target, input.file), input.make());
    console.log(`${CORPUS.length} hostile inputs written to ${target}`);
  } else {
    mkdirSync(HOSTILE_DIR, { recursive: true });
    for (const input of CORPUS.filter((entry) => entry.committed)) writeFileSync(join(HOSTILE_DIR, input.file), input.make());
    writeFileSync(join(HOSTILE_DIR, 'README.md'), readme());
    console.log(`committed part of the corpus and README.md written to ${HOSTILE_DIR}`);
  }
}
