import type { LocalStore } from '../../lib/store/local-store';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { isSafetyKey, safetyKey } from '../../lib/safety-key';

/** The user's settings as reactive state, loaded from and saved to the store. */
export class SettingsState {
  #value = $state.raw<Settings>(DEFAULT_SETTINGS);
  #loaded: Promise<void>;

  constructor(private readonly store: Pick<LocalStore, 'settings' | 'saveSettings'>) {
    this.#loaded = store.settings().then((value) => {
      this.#value = value;
    });
  }

  get value(): Settings {
    return this.#value;
  }

  /** Resolves once stored settings have been read. */
  loaded(): Promise<void> {
    return this.#loaded;
  }

  update(change: Partial<Settings>): void {
    this.#value = { ...this.#value, ...change };
    void this.store.saveSettings(this.#value).catch(() => undefined);
  }

  /** Whether the user has acknowledged this exact safety text (note and cautions), under any routine. */
  acknowledged(routine: { safety: string; cautions: readonly string[] }): boolean {
    return this.#value.acknowledged.includes(safetyKey(routine));
  }

  /** Keeps the acknowledgement of this safety text; `id@version` entries of older versions are dropped. */
  acknowledge(routine: { safety: string; cautions: readonly string[] }): void {
    if (this.acknowledged(routine)) return;
    this.update({ acknowledged: [...this.#value.acknowledged.filter(isSafetyKey), safetyKey(routine)] });
  }
}
