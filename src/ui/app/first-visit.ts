/**
 * A first visit's start page needs no app code to be read: index.html carries the library drawn
 * at build time, its cards are links, and its filters are plain form controls. So on a device
 * that keeps nothing of Unknot's, the app's code (Svelte and the app, about 34 KB gzipped) loads
 * when the visitor first reaches for the page (a touch, a key, a focus, a file dragged in, a
 * link followed), not before. Whatever they did meanwhile is done again once the app has taken
 * the page over: a button pressed is pressed again, a choice in a list is kept, a file dropped
 * is opened. Anyone with something stored gets the app at once, since their start page shows
 * what only the app can read; a first visit in the evening gets it at the page's load, for the
 * bedtime offer. index.html's first script marks which (`data-start` on the root: 'now' or
 * 'load'); main.ts reads that, and starts at once too if the storage holds anything.
 */

/**
 * The events that say someone is reaching for the page, the earliest first. A click, a choice
 * and a drop count too: a screen reader can activate a button with a click alone.
 */
const FIRST_USE = ['pointerdown', 'touchstart', 'keydown', 'focusin', 'dragenter', 'hashchange', 'click', 'input', 'change', 'drop'] as const;

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * Waits for the first use of `root`'s page, then calls `start` once; records what the visitor
 * does until `start` has finished and does it again after. `now()` starts without waiting
 * (the device turned out to hold something). Returns the handle for that.
 */
export function startOnFirstUse(root: HTMLElement, start: () => Promise<void>): { now: () => void } {
  const win = root.ownerDocument.defaultView!;
  const doc = root.ownerDocument;
  // Each button once, in the order first pressed: pressed again because nothing happened, it is
  // still one press (a chip pressed twice and replayed twice would be off again).
  const clicked = new Set<HTMLButtonElement>();
  const chosen = new Map<Control, { value: string; checked: boolean }>();
  let dropped: { target: Element; files: File[] } | null = null;
  let dragging: Element | null = null;
  let started = false;

  const onClick = (event: Event) => {
    const target = event.target as Element | null;
    // A link within the page (the skip link's #main) is not a screen's address: it moves focus,
    // as the app's own handler does, rather than leaving the library for "not found".
    const link = target?.closest?.<HTMLAnchorElement>('a[href^="#"]');
    const fragment = link?.getAttribute('href') ?? '';
    if (link && fragment.length > 1 && !fragment.startsWith('#/')) {
      event.preventDefault();
      doc.getElementById(fragment.slice(1))?.focus();
      return;
    }
    const button = target?.closest?.<HTMLButtonElement>('button');
    if (button && root.contains(button) && !button.disabled) clicked.add(button);
  };
  const onChoice = (event: Event) => {
    const control = event.target as Control;
    if (root.contains(control) && 'value' in control) chosen.set(control, { value: control.value, checked: 'checked' in control && control.checked });
  };
  const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
  // Without a handler the browser would open a dropped file in place of the page.
  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    if (event.type === 'dragenter') dragging = event.target as Element;
  };
  const onDragLeave = (event: DragEvent) => {
    if (event.relatedTarget === null) dragging = null; // out of the window
  };
  const onDrop = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    dragging = null;
    const target = event.target as Element;
    if (root.contains(target)) dropped = { target, files: [...(event.dataTransfer?.files ?? [])] };
  };
  const onFirstUse = () => void now();

  const listeners: [EventTarget, string, EventListener][] = [
    [doc, 'click', onClick],
    [doc, 'input', onChoice],
    [doc, 'change', onChoice],
    [doc, 'dragenter', onDragOver as EventListener],
    [doc, 'dragover', onDragOver as EventListener],
    [doc, 'dragleave', onDragLeave as EventListener],
    [doc, 'drop', onDrop as EventListener],
    ...FIRST_USE.map((type): [EventTarget, string, EventListener] => [type === 'hashchange' ? win : doc, type, onFirstUse]),
  ];
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener, { capture: true });

  async function now(): Promise<void> {
    if (started) return;
    started = true;
    try {
      await start();
    } catch {
      // The app's code did not arrive (the network dropped): the next use tries again (`start`
      // decides how). The presses that did nothing are not done later (the visitor presses
      // again); the choices in lists and fields stand, as they do on the page.
      started = false;
      clicked.clear();
      dropped = null;
      return;
    }
    for (const [target, type, listener] of listeners) target.removeEventListener(type, listener, { capture: true });
    replay();
  }

  /** Does again, on the app's own handlers, what the visitor did before they were there. */
  function replay(): void {
    for (const [control, { value, checked }] of chosen) {
      if (!control.isConnected) continue;
      if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) control.checked = checked;
      else control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true }));
      control.dispatchEvent(new Event('change', { bubbles: true }));
    }
    for (const button of clicked) if (button.isConnected && !button.disabled) button.click();
    if (dragging?.isConnected && root.contains(dragging)) {
      // A file is still on its way in: the app shows where to drop it. What is dragged can be
      // read only at the drop, so its stand-in here says only that it is a file.
      const transfer = new DataTransfer();
      transfer.items.add(new File([], ''));
      dragging.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }
    if (dropped?.target.isConnected && dropped.files.length) {
      const transfer = new DataTransfer();
      for (const file of dropped.files) transfer.items.add(file);
      dropped.target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }
  }

  return { now: () => void now() };
}
