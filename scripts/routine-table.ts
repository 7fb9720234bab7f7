/**
 * `npx tsx scripts/routine-table.ts`: a Markdown table of the built-in routines as the player
 * plays them: the guided length from the player's own timeline (the default get-ready
 * countdown and the pauses to switch sides included), steps, situations and the summary, plus
 * each one's share link size and QR code version (with the share test's 51-character address).
 */
import { DEFAULT_SETTINGS } from '../src/lib/settings';
import { SITUATIONS } from '../src/lib/library/filter';
import { buildTimeline } from '../src/lib/player/timeline';
import { formatClock } from '../src/lib/routine/duration';
import { routineLink } from '../src/lib/share/link';
import { qrCode } from '../src/lib/share/qr';
import { readRoutineFile, routinePaths } from './routine-files';

const BASE = 'https://physio-clinic-northside.example.org/unknot/';

console.log('| id | guided length | steps | situations | link (chars) | QR version | what it is for |');
console.log('| --- | ---: | ---: | --- | ---: | ---: | --- |');
for (const path of routinePaths('routines')) {
  const file = readRoutineFile(path);
  if (!file.result.ok) throw new Error(`${path} is invalid; run npm run validate`);
  const routine = file.result.value;
  const timeline = buildTimeline(routine, { getReadyMs: DEFAULT_SETTINGS.getReadySeconds * 1000 });
  const situations = routine.tags.filter((tag) => tag in SITUATIONS).join(', ');
  const link = routineLink(BASE, routine);
  const qr = qrCode(link);
  console.log(`| ${routine.id} | ${formatClock(timeline.total / 1000)} | ${routine.steps.length} | ${situations} | ${link.length} | ${qr ? qr.version : 'too long'} | ${routine.summary} |`);
}
