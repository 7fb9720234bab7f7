/**
 * The safety notes a user has acknowledged, kept in settings by the exact text (see
 * lib/safety-key.ts). Only the player asks, so the hashing loads with it, not with the start page.
 */
import type { Settings } from '../../lib/settings';
import { isSafetyKey, safetyKey } from '../../lib/safety-key';
import type { Change } from '../app/settings.svelte';

type SafetyText = { safety: string; cautions: readonly string[] };

/** Whether the user has acknowledged this exact safety text (note and cautions), under any routine. */
export function acknowledged(settings: { value: Settings }, routine: SafetyText): boolean {
  return settings.value.acknowledged.includes(safetyKey(routine));
}

/** Keeps the acknowledgement of this safety text; `id@version` entries of older versions are dropped. */
export function acknowledge(settings: { value: Settings; change(change: Change): void }, routine: SafetyText): void {
  if (acknowledged(settings, routine)) return;
  const key = safetyKey(routine);
  settings.change((current) => ({
    acknowledged: current.acknowledged.includes(key) ? current.acknowledged : [...current.acknowledged.filter(isSafetyKey), key],
  }));
}
