/**
 * The library's filters find the built-in routines as people look for them: by the situation
 * they are in, the body area that bothers them and the time they have.
 */
import { describe, expect, it } from 'vitest';
import { readRoutineFile, routinePaths } from '../../scripts/routine-files';
import { filterCatalog, NO_FILTER, SITUATIONS, type LibraryFilter } from '../../src/lib/library/filter';
import { catalogEntry, type Area } from '../../src/lib/routine';

const entries = routinePaths('routines').map((path) => {
  const file = readRoutineFile(path);
  if (!file.result.ok) throw new Error(`${path} is invalid`);
  return catalogEntry(file.result.value);
});
const found = (filter: Partial<LibraryFilter>) => filterCatalog(entries, { ...NO_FILTER, ...filter }).map((entry) => entry.id);

describe('the library finds the built-in routines', () => {
  it('lists all twelve', () => {
    expect(entries).toHaveLength(12);
  });

  it('tags every routine with at least one situation the library offers', () => {
    for (const entry of entries) expect(entry.tags.filter((tag) => tag in SITUATIONS), entry.id).not.toEqual([]);
  });

  const wanted: { id: string; situations: string[]; areas: Area[]; minutes: number; words: string }[] = [
    { id: 'micro-break', situations: ['desk', 'after-typing'], areas: ['shoulders', 'forearms'], minutes: 5, words: 'two minute' },
    { id: 'lower-back-and-glutes', situations: ['after-work'], areas: ['lower-back', 'glutes', 'hips'], minutes: 10, words: 'lower back ball' },
    { id: 'tension-headache-and-eyes', situations: ['desk', 'bedtime'], areas: ['neck', 'temples', 'face'], minutes: 5, words: 'headache' },
    { id: 'calves-and-shins', situations: ['sport', 'after-work'], areas: ['calves', 'shins'], minutes: 10, words: 'foam roller' },
    { id: 'morning-heel-and-arch', situations: ['morning'], areas: ['feet', 'calves'], minutes: 5, words: 'heel' },
  ];
  for (const { id, situations, areas, minutes, words } of wanted) {
    it(`finds ${id} by its situations, areas, length and words`, () => {
      for (const situation of situations) expect(found({ situation }), situation).toContain(id);
      for (const area of areas) expect(found({ area }), area).toContain(id);
      expect(found({ maxMinutes: minutes })).toContain(id);
      // The library offers 5, 10 and 15 minutes: the shortest that shows it is `minutes`.
      if (minutes > 5) expect(found({ maxMinutes: minutes - 5 })).not.toContain(id);
      expect(found({ text: words })).toContain(id);
      expect(found({ situation: situations[0]!, area: areas[0]!, maxMinutes: minutes })).toContain(id);
    });
  }
});
