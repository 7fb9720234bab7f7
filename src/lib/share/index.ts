/** Routine and report links, plans and their progress, QR codes. */
export * from './assignment';
export * from './codec';
export * from './link';
export * from './progress';
export * from './qr';
export * from './report';
export * from './reference';
