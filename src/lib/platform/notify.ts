/** System notifications, when the user allowed them; callers fall back to an in-app banner. */
export function canNotify(): boolean {
  return typeof Notification !== 'undefined' && Notification.permission === 'granted';
}

export function notificationsSupported(): boolean {
  return typeof Notification !== 'undefined';
}

export async function askToNotify(): Promise<boolean> {
  if (!notificationsSupported()) return false;
  return (await Notification.requestPermission()) === 'granted';
}

export function notify(title: string, body: string, onclick: () => void): void {
  if (!canNotify()) return;
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
