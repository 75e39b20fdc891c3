// Starts Debian's headless Chromium (never a downloaded browser) with the flags this machine needs.
import { chromium } from 'playwright-core';

export const executablePath = process.env.GENEGRAPH_CHROMIUM || '/usr/bin/chromium';

export async function withBrowser(run) {
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    // playwright gives every launch a fresh, empty profile (--user-data-dir) of its own and deletes it on close
  });
  try {
    return await run(browser);
  } finally {
    await browser.close();
  }
}

/** Console errors and uncaught page errors, collected as they happen. */
export function collectErrors(page) {
  const errors = [];
  page.on('console', m => { if (m.type() === 'error') errors.push('console: ' + m.text()); });
  page.on('pageerror', e => errors.push('pageerror: ' + (e.stack || e.message)));
  return errors;
}
