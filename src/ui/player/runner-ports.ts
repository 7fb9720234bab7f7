import { cueSounds } from '../../lib/audio/cues';
import type { RunnerPorts } from '../../lib/player/runner';
import { t } from '../strings/player';
import type { PlayerDeps } from './session.svelte';

/**
 * The runner's ports made from the adapters the player screen hands in: one join, used by the
 * screen's session and by the tests' fakes, so the two cannot drift apart.
 */
export function runnerPorts(deps: PlayerDeps): RunnerPorts {
  const { wakeLock, media } = deps;
  return {
    clock: deps.clock,
    cues: cueSounds(deps.cues),
    voice: deps.voice,
    screen: { hold: () => wakeLock.hold(), release: () => wakeLock.release(), show: (info) => media.show(info), clear: () => media.clear() },
    checkpoints: deps.store,
    sessions: deps.store,
    words: t.player,
    settings: deps.settings,
    newId: deps.newId,
    persist: deps.persist,
  };
}
