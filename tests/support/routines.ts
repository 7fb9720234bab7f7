/** Shared test data: routine files and models. */
import type { Routine, Step } from '../../src/lib/routine';
import type { SessionRecord } from '../../src/lib/history/records';

export function makeStep(overrides: Partial<Step> = {}): Step {
  return {
    title: 'Palm circles',
    duration: 60,
    instructions: 'Place both palms on your lower back and circle slowly.',
    areas: ['lower-back'],
    sides: 'both',
    repeat: 1,
    rest: false,
    ...overrides,
  };
}

export function makeRoutine(overrides: Partial<Routine> = {}): Routine {
  return {
    id: 'test-routine',
    title: 'Test routine',
    summary: 'A routine for tests.',
    tags: ['desk'],
    safety: 'Stop at sharp pain.',
    cautions: [],
    version: 1,
    steps: [makeStep()],
    ...overrides,
  };
}

/** A valid Markdown routine; tests break one line of it at a time. */
export const VALID_MARKDOWN = `---
id: back-relief
title: Back relief
summary: Loosen the back.
tags: [back, desk]
safety: Stop at sharp pain.
---

Sit tall.

## Palm circles
duration: 60s
areas: lower-back, hips
tool: hands
pressure: medium

Place both palms on your lower back.

## Shoulder squeeze
duration: 45s
sides: left-right
areas: shoulders

Reach across with one hand.
`;

export const VALID_JSON = JSON.stringify(
  {
    id: 'desk-break',
    title: 'Desk break',
    summary: 'A short break.',
    tags: ['desk'],
    safety: 'Stop at sharp pain.',
    steps: [
      { title: 'Shoulder rolls', duration: '30s', areas: ['shoulders'], instructions: 'Roll your shoulders back.' },
      { title: 'Reach', duration: 20, instructions: 'Stand and reach up.' },
    ],
  },
  null,
  2,
);

/** A session record; `startedAt` is the only field most tests care about. */
export function makeSession(overrides: Partial<SessionRecord> = {}): SessionRecord {
  const startedAt = overrides.startedAt ?? '2026-11-20T09:00:00.000Z';
  return {
    id: `session-${startedAt}`,
    routineId: 'test-routine',
    routineTitle: 'Test routine',
    startedAt,
    endedAt: new Date(Date.parse(startedAt) + 300_000).toISOString(),
    status: 'completed',
    stepsCompleted: 1,
    stepsTotal: 1,
    activeSeconds: 300,
    ...overrides,
  };
}
