/**
 * Debian's Chromium driven by playwright-core, as every script and the e2e suite start it:
 * headless, quiet on a closed network, never downloading a browser of its own.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** $CHROME_PATH or /usr/bin/chromium; anything else is an error that says how to get one. */
export function chromePath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install Debian's: sudo apt-get update && sudo apt-get install -y chromium, ` +
        'or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  return path;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), args: CHROMIUM_ARGS, headless: true });
}
