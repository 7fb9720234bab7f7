import type { LocalStore } from '../../lib/store/local-store';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

/** A change worked out from the settings it applies to (they may not have been read yet). */
export type Change = (current: Settings) => Partial<Settings>;

/**
 * The user's settings as reactive state, loaded from and saved to the store. A change made
 * before the stored settings have been read shows at once, and is applied on top of them when
 * they arrive, so it neither disappears nor overwrites what was stored.
 */
export class SettingsState {
  #value = $state.raw<Settings>(DEFAULT_SETTINGS);
  #loaded: Promise<void>;
  /** Changes made before the stored settings arrived; null once they have. */
  #early: Change[] | null = [];

  constructor(private readonly store: Pick<LocalStore, 'settings' | 'saveSettings'>) {
    this.#loaded = store.settings().then(
      (stored) => this.#arrive(stored),
      (error: unknown) => {
        this.#arrive(DEFAULT_SETTINGS);
        throw error;
      },
    );
  }

  #arrive(stored: Settings): void {
    const early = this.#early ?? [];
    this.#early = null;
    this.#value = early.reduce((value, change) => ({ ...value, ...change(value) }), stored);
    if (early.length > 0) this.#save();
  }

  /** A change that depends on the current settings, such as adding to a list. */
  change(change: Change): void {
    this.#value = { ...this.#value, ...change(this.#value) };
    if (this.#early) this.#early.push(change);
    else this.#save();
  }

  #save(): void {
    void this.store.saveSettings(this.#value).catch(() => undefined);
  }

  get value(): Settings {
    return this.#value;
  }

  /** Resolves once stored settings have been read. */
  loaded(): Promise<void> {
    return this.#loaded;
  }

  update(change: Partial<Settings>): void {
    this.change(() => change);
  }
}
