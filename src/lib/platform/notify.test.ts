import { afterEach, describe, expect, it, vi } from 'vitest';
import { notificationPermission, notify, requestNotificationPermission } from './notify';

/** The browser's Notification, recording what was shown; `answer` is the user's choice at the prompt. */
function fakeNotification(permission: NotificationPermission, answer: NotificationPermission = permission) {
  const shown: { title: string; options?: NotificationOptions }[] = [];
  class Fake {
    static permission = permission;
    static requestPermission() {
      Fake.permission = answer;
      // Older Safari resolves to undefined and answers through a callback.
      return Promise.resolve(undefined);
    }
    onclick: (() => void) | null = null;
    constructor(title: string, options?: NotificationOptions) {
      shown.push({ title, options });
    }
    close() {}
  }
  vi.stubGlobal('Notification', Fake);
  return shown;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('notifications', () => {
  it('says when the browser has no notifications, and never prompts there', async () => {
    vi.stubGlobal('Notification', undefined);
    expect(notificationPermission()).toBe('unsupported');
    expect(await requestNotificationPermission()).toBe('unsupported');
    expect(() => notify('Time for a desk break', 'Five quiet minutes.', () => {})).not.toThrow();
  });

  it('reads the permission the user gave at the prompt, however the browser answers', async () => {
    fakeNotification('default', 'granted');
    expect(notificationPermission()).toBe('default');
    expect(await requestNotificationPermission()).toBe('granted');
    expect(notificationPermission()).toBe('granted');
  });

  it('shows a notification only when allowed', () => {
    const denied = fakeNotification('denied');
    notify('Time for a desk break', 'Five quiet minutes.', () => {});
    expect(denied).toEqual([]);
    const granted = fakeNotification('granted');
    notify('Time for a desk break', 'Five quiet minutes.', () => {});
    expect(granted).toEqual([{ title: 'Time for a desk break', options: expect.objectContaining({ body: 'Five quiet minutes.', tag: 'unknot-reminder' }) }]);
  });
});
