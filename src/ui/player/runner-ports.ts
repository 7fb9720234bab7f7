import { cueSounds } from '../../lib/audio/cues';
import { pictureFacts } from '../../lib/picture/compose';
import type { RunnerPorts } from '../../lib/player/runner';
import { describePicture } from '../strings/picture';
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
    // The step's picture, described as StepPicture names it, for the step's announcement.
    words: { ...t.player, picture: (step, side) => describePicture(pictureFacts(step, side)) },
    settings: deps.settings,
    newId: deps.newId,
    persist: deps.persist,
    // Svelte updates the page in a microtask queued as the listeners ran: one queued after it
    // runs once the page shows the change. A hidden page's timers run late on purpose: not learned.
    shown: (callback) =>
      queueMicrotask(() => {
        if (globalThis.document?.visibilityState !== 'hidden') callback();
      }),
  };
}
