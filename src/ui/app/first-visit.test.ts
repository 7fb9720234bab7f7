import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import html from '../../../index.html?raw';
import { startOnFirstUse } from './first-visit';

/** index.html's inline script, run as the browser runs a classic script: in the global scope. */
function runIndexScript(): void {
  const inline = /<script>([^]*?)<\/script>/.exec(html)?.[1];
  // An indirect eval runs index.html's own inline script as the page would, which is the point.
  const globalEval = eval;
  globalEval(inline!);
}

describe("index.html's mark for when the app starts", () => {
  const root = document.documentElement;
  /** A first visit to the library at 10 am (no bedtime offer), with the app's files named as the build names them. */
  const firstVisitByDay = () => {
    vi.setSystemTime(new Date(2026, 11, 2, 10, 0));
    localStorage.clear();
    sessionStorage.clear();
    history.replaceState(null, '', '#/');
    for (const key of ['start', 'route', 'offer']) delete root.dataset[key];
    document.head.replaceChildren(Object.assign(document.createElement('meta'), { name: 'unknot-app', content: '/assets/boot-1.js /assets/runtime-1.js' }));
  };
  const preloaded = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => link.getAttribute('href'));
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    firstVisitByDay();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    firstVisitByDay();
    document.head.replaceChildren();
    vi.useRealTimers();
  });

  it('is left off on a first visit to the library by day: the app waits for a first use', () => {
    localStorage.setItem('unknotted', 'not ours');
    runIndexScript();
    expect(root.dataset.start).toBeUndefined();
    expect(preloaded()).toEqual([]);
  });

  it("is 'now' for another screen or a key of ours in either storage, evening or not", () => {
    for (const arrange of [
      () => history.replaceState(null, '', '#/history'),
      () => localStorage.setItem('unknot.theme', 'dark'),
      () => sessionStorage.setItem('unknot.held', '[]'),
      () => {
        vi.setSystemTime(new Date(2026, 11, 2, 21, 0));
        localStorage.setItem('unknot.reserve', '{}');
      },
    ]) {
      firstVisitByDay();
      arrange();
      runIndexScript();
      expect(root.dataset.start).toBe('now');
      expect(preloaded()).toEqual(['/assets/boot-1.js', '/assets/runtime-1.js']);
    }
  });

  it("is 'load' on a first visit in the evening, when the bedtime theme is offered", () => {
    vi.setSystemTime(new Date(2026, 11, 2, 21, 0));
    runIndexScript();
    expect(root.dataset.offer).toBe('');
    expect(root.dataset.start).toBe('load');
    // The app's code is fetched when main.ts asks for it then, not preloaded before the first paint.
    expect(preloaded()).toEqual([]);
  });

  it("keeps no room for the evening's offer above the player, and starts the app at once there", () => {
    vi.setSystemTime(new Date(2026, 11, 2, 21, 0));
    history.replaceState(null, '', '#/play/desk-break');
    runIndexScript();
    expect('offer' in root.dataset).toBe(false);
    expect(root.dataset.start).toBe('now');
  });

  it("is 'now' when the storage cannot be read", () => {
    vi.spyOn(Storage.prototype, 'key').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    localStorage.setItem('other', 'x');
    runIndexScript();
    expect(root.dataset.start).toBe('now');
  });

  it('leaves none of its names on the window', () => {
    runIndexScript();
    for (const name of ['root', 'theme', 'room', 'hour', 'kept', 'app']) expect(name in window).toBe(false);
  });
});

describe('startOnFirstUse', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  /** The library as index.html draws it: a chip, a list, a search field, a link. */
  function page() {
    document.body.innerHTML = `
      <div id="app">
        <button type="button" id="chip">Bedtime</button>
        <button type="button" id="off" disabled>Off</button>
        <select id="area"><option value="">Any area</option><option value="feet">Feet</option></select>
        <input id="search" type="search" />
        <a id="skip" href="#main">Skip to content</a>
        <main id="main" tabindex="-1"></main>
      </div>
      <button type="button" id="outside">Outside</button>`;
    const root = document.getElementById('app')!;
    const get = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
    return { root, chip: get<HTMLButtonElement>('chip'), off: get<HTMLButtonElement>('off'), area: get<HTMLSelectElement>('area'), search: get<HTMLInputElement>('search'), outside: get<HTMLButtonElement>('outside') };
  }

  /** A start that the test finishes, as the app's code arriving would. */
  function deferredStart() {
    let finish!: () => void;
    const start = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    return { start, finish: () => finish() };
  }

  it('does not start while the page is only read', () => {
    const { root } = page();
    const { start } = deferredStart();
    startOnFirstUse(root, start);
    window.dispatchEvent(new Event('scroll'));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(start).not.toHaveBeenCalled();
  });

  for (const [name, use] of [
    ['a touch', () => document.getElementById('chip')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))],
    ['a key', () => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }))],
    ['a focus', () => document.getElementById('search')!.focus()],
    ['a link followed', () => window.dispatchEvent(new HashChangeEvent('hashchange'))],
  ] as const) {
    it(`starts once at the first use: ${name}`, () => {
      const { root } = page();
      const { start } = deferredStart();
      startOnFirstUse(root, start);
      use();
      use();
      expect(start).toHaveBeenCalledTimes(1);
    });
  }

  it('presses again, once the app is there, the buttons pressed before it was', async () => {
    const { root, chip, off, outside } = page();
    const { start, finish } = deferredStart();
    startOnFirstUse(root, start);
    chip.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    chip.click();
    off.click();
    outside.click();
    // The app's own handler, live once it has started.
    const pressed: string[] = [];
    document.addEventListener('click', (event) => pressed.push((event.target as HTMLElement).id));
    finish();
    await vi.waitFor(() => expect(pressed).toEqual(['chip']));
    // From then on the app alone answers: a click is not done twice.
    chip.click();
    expect(pressed).toEqual(['chip', 'chip']);
  });

  it('presses a button pressed twice before the app once: nothing happened the first time', async () => {
    const { root, chip } = page();
    const { start, finish } = deferredStart();
    startOnFirstUse(root, start);
    chip.click();
    chip.click();
    const pressed: string[] = [];
    document.addEventListener('click', (event) => pressed.push((event.target as HTMLElement).id));
    finish();
    await vi.waitFor(() => expect(pressed).toEqual(['chip']));
  });

  it('answers the skip link before the app by moving focus, not by leaving for its address', () => {
    const { root } = page();
    const { start } = deferredStart();
    startOnFirstUse(root, start);
    const link = document.getElementById('skip')!;
    const followed = link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(followed).toBe(false);
    expect(document.activeElement?.id).toBe('main');
  });

  it('keeps a choice made before the app, though the app drew its own default on taking over', async () => {
    const { root, area, search } = page();
    const { start, finish } = deferredStart();
    startOnFirstUse(root, start);
    area.value = 'feet';
    area.dispatchEvent(new Event('change', { bubbles: true }));
    search.value = 'neck';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    expect(start).toHaveBeenCalledTimes(1);
    // Taking over, the app sets the list to what its state says.
    area.value = '';
    const heard: string[] = [];
    document.addEventListener('change', (event) => heard.push(`${(event.target as HTMLSelectElement).id}=${(event.target as HTMLSelectElement).value}`));
    finish();
    await vi.waitFor(() => expect(heard).toEqual(['area=feet', 'search=neck']));
    expect(area.value).toBe('feet');
  });

  it("tries again at the next use when the app's code did not arrive", async () => {
    const { root, chip } = page();
    const start = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module')).mockResolvedValue(undefined);
    startOnFirstUse(root, start);
    chip.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    await vi.waitFor(() => expect(start).toHaveBeenCalledTimes(1));
    await Promise.resolve();
    chip.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(start).toHaveBeenCalledTimes(2);
  });

  it('starts without a use when told to (the device keeps something)', () => {
    const { root } = page();
    const { start } = deferredStart();
    const waiting = startOnFirstUse(root, start);
    waiting.now();
    waiting.now();
    expect(start).toHaveBeenCalledTimes(1);
  });
});
