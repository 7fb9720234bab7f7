/** The pure player: timeline, cue schedule, state machine and view. No browser APIs here. */
export * from './timeline';
export * from './cues';
export * from './machine';
export * from './view';
export * from './clock';
