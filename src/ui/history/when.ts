/** When a session started, in the reader's words and time zone: "Mon 23 Nov, 21:30". */
export const when = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
