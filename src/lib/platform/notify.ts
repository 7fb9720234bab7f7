/**
 * System notifications, when the user allowed them; callers fall back to an in-app banner.
 * Plain functions, so the start page carries only `notify`; `Notifier` names their shape for
 * code that takes them as dependencies, so tests can pass fakes.
 */

/** The browser's answer, or 'unsupported' where there are no notifications at all. */
export type NotifyPermission = NotificationPermission | 'unsupported';

export interface Notifier {
  permission(): NotifyPermission;
  /** Asks the user (a browser prompt); resolves to the permission that holds afterwards. */
  requestPermission(): Promise<NotifyPermission>;
  /** Shows a notification if allowed, and does nothing otherwise. */
  notify(title: string, body: string, onclick: () => void): void;
}

export function notificationPermission(): NotifyPermission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

export async function requestNotificationPermission(): Promise<NotifyPermission> {
  if (typeof Notification === 'undefined') return 'unsupported';
  // Older Safari answers through a callback and resolves to undefined: read the permission after.
  await Notification.requestPermission();
  return Notification.permission;
}

export function notify(title: string, body: string, onclick: () => void): void {
  if (notificationPermission() !== 'granted') return;
  try {
    const notification = new Notification(title, { body, tag: 'unknot-reminder', icon: `${import.meta.env.BASE_URL}icons/icon-192.png` });
    notification.onclick = () => {
      window.focus();
      onclick();
      notification.close();
    };
  } catch {
    // Some browsers only allow notifications from a service worker; the banner still shows.
  }
}
