/**
 * `npm run validate -- <file>...`: checks routine files and prints `path:line:column: message`
 * for every problem. With no file, checks every routine in routines/. Exit 1 when any is invalid.
 */
import type { Problem } from '../src/lib/routine';
import { checkCollection, problemLines, readRoutineFile, routinePaths } from './routine-files';

const args = process.argv.slice(2);
const files = (args.length ? args : routinePaths('routines')).map(readRoutineFile);
const extra = args.length ? new Map<string, Problem[]>() : checkCollection(files);
for (const line of problemLines(files, extra)) console.log(line);
const invalid = files.filter(({ path, result }) => !result.ok || extra.has(path)).length;
const count = (n: number) => `${n} routine file${n === 1 ? '' : 's'}`;
if (invalid > 0) {
  console.error(`\n${invalid} of ${count(files.length)} invalid.`);
  process.exit(1);
}
console.log(`${count(files.length)} valid.`);
