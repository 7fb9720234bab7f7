/**
 * Builds the production app once and serves it on a free local port for every e2e spec,
 * so the suite tests exactly what `npm start` serves.
 */
import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';
import { chromePath } from './browser';

let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  chromePath(); // fail early, with install advice, when there is no Chromium
  // Vitest sets NODE_ENV=test, which would build a development-flavoured app (no service worker).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  server = await preview({ preview: { port: 0, strictPort: false, host: '127.0.0.1' }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its URL');
  project.provide('baseURL', url);
  return async () => {
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
