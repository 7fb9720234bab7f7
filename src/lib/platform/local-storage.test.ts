import { afterEach, describe, expect, it, vi } from 'vitest';
import { localStore } from './local-storage';

/** localStorage as a Map, the way a browser with storage allowed behaves. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('localStore', () => {
  it('writes and removes through localStorage', () => {
    vi.stubGlobal('localStorage', memoryStorage());
    localStore.set('unknot.theme', 'bedtime');
    expect(localStorage.getItem('unknot.theme')).toBe('bedtime');
    localStore.remove('unknot.theme');
    expect(localStorage.getItem('unknot.theme')).toBeNull();
  });

  it('drops writes when storage is blocked, instead of throwing', () => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    vi.stubGlobal('localStorage', { getItem: blocked, setItem: blocked, removeItem: blocked });
    expect(() => localStore.set('unknot.theme', 'dark')).not.toThrow();
    expect(() => localStore.remove('unknot.theme')).not.toThrow();
  });

  it('does the same when merely reading localStorage throws (sandboxed frames), or there is none', () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    try {
      expect(() => localStore.set('unknot.theme', 'dark')).not.toThrow();
      expect(() => localStore.remove('unknot.theme')).not.toThrow();
    } finally {
      if (descriptor) Object.defineProperty(globalThis, 'localStorage', descriptor);
      else delete (globalThis as { localStorage?: Storage }).localStorage;
    }
    vi.stubGlobal('localStorage', undefined);
    expect(() => localStore.set('unknot.theme', 'dark')).not.toThrow();
    expect(() => localStore.remove('unknot.theme')).not.toThrow();
  });
});
