/** Fakes for the player's adapters and ports, recording what the player asked of them. */
import type { CuePlayer } from '../../src/lib/audio/cues';
import type { Voice } from '../../src/lib/audio/speech';
import type { Sound } from '../../src/lib/audio/sprite';
import { ManualClock } from '../../src/lib/player/clock';
import type { RunnerPorts } from '../../src/lib/player/runner';
import type { MediaSessionAdapter } from '../../src/lib/platform/media-session';
import type { WakeLock } from '../../src/lib/platform/wake-lock';
import { DEFAULT_SETTINGS, type Settings } from '../../src/lib/settings';
import { MemoryStore } from '../../src/lib/store/memory-store';
import { runnerPorts } from '../../src/ui/player/runner-ports';
import type { PlayerDeps } from '../../src/ui/player/session.svelte';

/** The adapters the app hands the player, as fakes; what they were asked is in the arrays. */
export function fakePlayerDeps(settings: Partial<Settings> = {}) {
  const played: Sound[] = [];
  const spoken: string[] = [];
  const wake: string[] = [];
  const media: string[] = [];
  let ids = 0;
  const clock = new ManualClock();
  const cues: CuePlayer = { play: (sound) => played.push(sound), setVolume() {}, setMuted() {}, unload() {} };
  const voice: Voice = { available: true, say: (text) => spoken.push(text), cancel() {} };
  const wakeLock: WakeLock = { hold: () => wake.push('hold'), release: () => wake.push('release') };
  const mediaSession: MediaSessionAdapter = { show: (info) => media.push(`${info.step}:${info.playing ? 'playing' : 'paused'}`), clear: () => media.push('clear') };
  // IndexedDB refused: the store keeps everything in memory, as in a private window.
  const store = new MemoryStore({ available: false });
  const deps: PlayerDeps = {
    clock,
    cues: () => cues,
    voice,
    store,
    wakeLock,
    media: mediaSession,
    settings: () => ({ ...DEFAULT_SETTINGS, ...settings }),
    newId: () => `session-${++ids}`,
  };
  return { deps, clock, store, played, spoken, wake, media };
}

/** The same fakes as the runner's ports, joined the way the app joins its adapters. */
export function fakePlayerPorts(settings: Partial<Settings> = {}) {
  const { deps, ...recorded } = fakePlayerDeps(settings);
  const ports: RunnerPorts = runnerPorts(deps);
  return { ports, ...recorded };
}
