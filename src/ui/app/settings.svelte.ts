import type { LocalStore } from '../../lib/store/local-store';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

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

  acknowledged(routine: { id: string; version: number }): boolean {
    return this.#value.acknowledged.includes(`${routine.id}@${routine.version}`);
  }

  acknowledge(routine: { id: string; version: number }): void {
    if (!this.acknowledged(routine)) this.update({ acknowledged: [...this.#value.acknowledged, `${routine.id}@${routine.version}`] });
  }
}
