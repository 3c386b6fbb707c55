/**
 * Debian's Chromium, as every browser test here launches it: no browser
 * downloads on these machines, and without the background-networking flags
 * Chromium floods the closed network with refused connections.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
