import { describe, expect, it } from 'vitest';
import { AREAS, type CatalogEntry } from '../routine';
import { facets, filterCatalog, isFiltered, NO_FILTER } from './filter';

const entry = (id: string, overrides: Partial<CatalogEntry>): CatalogEntry => ({
  id, title: id, summary: '', tags: [], areas: [], tools: [], seconds: 300, steps: 3, ...overrides,
});
const catalog = [
  entry('back-relief', { title: 'Back relief', tags: ['back'], areas: ['upper-back', 'lower-back'], tools: ['ball'], seconds: 600 }),
  entry('desk-break', { title: 'Desk break', tags: ['desk'], areas: ['neck', 'hands'], seconds: 240 }),
  entry('wind-down', { title: 'Pre-sleep wind-down', summary: 'Slow strokes in bed.', tags: ['bedtime'], areas: ['neck', 'feet'], seconds: 720 }),
];
const ids = (list: CatalogEntry[]) => list.map((item) => item.id);

describe('library filter', () => {
  it('shows everything with no filter', () => {
    expect(ids(filterCatalog(catalog, NO_FILTER))).toEqual(['back-relief', 'desk-break', 'wind-down']);
    expect(isFiltered(NO_FILTER)).toBe(false);
  });

  it('matches every word anywhere, ignoring case and hyphens', () => {
    expect(ids(filterCatalog(catalog, { ...NO_FILTER, text: 'LOWER back ball' }))).toEqual(['back-relief']);
    expect(ids(filterCatalog(catalog, { ...NO_FILTER, text: 'pre-sleep' }))).toEqual(['wind-down']);
    expect(ids(filterCatalog(catalog, { ...NO_FILTER, text: 'strokes bed' }))).toEqual(['wind-down']);
    expect(ids(filterCatalog(catalog, { ...NO_FILTER, text: 'knee' }))).toEqual([]);
  });

  it('filters by situation, area and length together', () => {
    expect(ids(filterCatalog(catalog, { ...NO_FILTER, area: 'neck' }))).toEqual(['desk-break', 'wind-down']);
    expect(ids(filterCatalog(catalog, { ...NO_FILTER, area: 'neck', maxMinutes: 5 }))).toEqual(['desk-break']);
    expect(ids(filterCatalog(catalog, { ...NO_FILTER, situation: 'bedtime' }))).toEqual(['wind-down']);
    expect(ids(filterCatalog(catalog, { ...NO_FILTER, maxMinutes: 10 }))).toEqual(['back-relief', 'desk-break']);
  });

  it('offers only the facets present, in a fixed order', () => {
    expect(facets(catalog, AREAS)).toEqual({
      situations: ['bedtime', 'desk'],
      areas: ['neck', 'upper-back', 'lower-back', 'hands', 'feet'],
    });
  });
});
