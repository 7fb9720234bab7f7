import type { Area, CatalogEntry } from '../routine';

/** Tags that name a moment in the day rather than a body part; the library filters by them. */
export const SITUATIONS: Record<string, string> = {
  bedtime: 'Bedtime',
  desk: 'At the desk',
  'after-typing': 'After typing',
  'after-work': 'After work',
  morning: 'Morning',
  travel: 'Travelling',
  sport: 'After sport',
};

export interface LibraryFilter {
  text: string;
  situation: string | null;
  area: Area | null;
  /** Longest routine to show, in minutes; null for any length. */
  maxMinutes: number | null;
}

export const NO_FILTER: LibraryFilter = { text: '', situation: null, area: null, maxMinutes: null };

function searchable(entry: CatalogEntry): string {
  return [entry.title, entry.summary, ...entry.tags, ...entry.areas, ...entry.tools].join(' ').toLowerCase().replace(/-/g, ' ');
}

/**
 * The routines that match every part of the filter. Text matches every word typed, anywhere
 * in title, summary, tags, areas or tools, so "lower back ball" finds what it should.
 */
export function filterCatalog(entries: readonly CatalogEntry[], filter: LibraryFilter): CatalogEntry[] {
  const words = filter.text.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    if (filter.situation && !entry.tags.includes(filter.situation)) return false;
    if (filter.area && !entry.areas.includes(filter.area)) return false;
    if (filter.maxMinutes !== null && entry.seconds > filter.maxMinutes * 60) return false;
    if (words.length === 0) return true;
    const haystack = searchable(entry);
    return words.every((word) => haystack.includes(word));
  });
}

/** The situations and areas present in a catalog, in a stable, useful order. */
export function facets(entries: readonly CatalogEntry[], areaOrder: readonly Area[]) {
  const tags = new Set(entries.flatMap((entry) => entry.tags));
  const areas = new Set(entries.flatMap((entry) => entry.areas));
  return {
    situations: Object.keys(SITUATIONS).filter((tag) => tags.has(tag)),
    areas: areaOrder.filter((area) => areas.has(area)),
  };
}

export function isFiltered(filter: LibraryFilter): boolean {
  return filter.text.trim() !== '' || filter.situation !== null || filter.area !== null || filter.maxMinutes !== null;
}
