// Logs into Neo4j Browser (the 2.0.x Browser that Neo4j 3.1 serves at /browser/) in headless Chromium, applies the
// project's .grass style with `:style <grass text>`, sets the trait with `:params`, runs the traits → pathways walk
// returning paths (so the Browser draws a graph, not a table) and reports, as JSON, what a person would see: whether
// the login succeeded, the style the Browser holds and the fill colours and captions drawn in its SVG, how many
// nodes and relationships the graph view renders, and the page's errors. Saves a screenshot of the graph view.
// Requests to hosts other than the Neo4j server (the Browser's remote sync and guides) are aborted: tests stay offline.
// Console errors for the requests aborted that way are reported apart (offlineErrors), every other one in errors.
// Usage: node neo4j-browser.mjs <http://host:port/browser/> <user> <password> <style.grass> <trait> <query> <screenshot.png>
//   (the query reads the trait as $trait, which the script sets with `:params {trait: …}`)
import { readFile } from 'node:fs/promises';
import { withBrowser, collectErrors } from './browser.mjs';

const [browserUrl, user, password, grassFile, trait, query, screenshot] = process.argv.slice(2);
const grass = await readFile(grassFile, 'utf8');
const serverHost = new URL(browserUrl).hostname;

const result = await withBrowser(async browser => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors = collectErrors(page);
  const pageErrors = [];
  page.on('pageerror', e => pageErrors.push(e.stack || e.message));
  const blocked = [];
  await page.routeWebSocket(url => new URL(url).hostname !== serverHost, ws => { blocked.push(ws.url()); ws.close(); });
  await page.route('**/*', route => {
    const url = new URL(route.request().url());
    if (url.hostname === serverHost || url.protocol === 'data:') return route.continue();
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });

  try {
    return await look(page, errors, pageErrors, blocked);
  } catch (e) {
    await page.screenshot({ path: screenshot.replace(/\.png$/, '-failed.png') }); // what the page showed when it failed
    throw e;
  }
});
process.stdout.write(JSON.stringify(result));

async function look(page, errors, pageErrors, blocked) {
  await page.goto(browserUrl);
  // the connect frame: user and password (the Browser finds Bolt on the server's advertised address)
  await page.fill('input[ng-model="username"]', user);
  await page.fill('#connect_password', password);
  await page.click('#connect_button');
  // the connect frame turns into "You are connected as user <user> to the server <host>"
  const connected = page.locator('li', { hasText: 'You are connected as user' }).filter({ visible: true });
  await connected.first().waitFor({ timeout: 60000 });
  const connectedAs = (await connected.first().textContent()).replace(/\s+/g, ' ').trim();

  const run = async command => {
    await page.evaluate(text => document.querySelector('.CodeMirror').CodeMirror.setValue(text), command);
    await page.click('.CodeMirror');
    await page.keyboard.press('Control+Enter');
  };
  await run(':style ' + grass);
  // the Browser keeps the imported style in local storage (key "<prefix>.grass") as JSON rules
  const styleHeld = await page.evaluate(() => {
    const key = Object.keys(window.localStorage).find(k => k.endsWith('grass'));
    return key ? JSON.parse(window.localStorage.getItem(key)) : null;
  });
  await run(`:params {trait: ${JSON.stringify(trait)}}`);
  await run(query);
  await page.waitForSelector('svg g.node circle.outline', { timeout: 60000 });
  await page.waitForTimeout(1500); // let the force layout settle before the screenshot
  const drawn = await page.evaluate(() => {
    const svg = document.querySelector('svg g.node').ownerSVGElement;
    const nodes = [...svg.querySelectorAll('g.node')].map(g => ({
      fill: g.querySelector('circle.outline').getAttribute('fill'),
      caption: [...g.querySelectorAll('text')].map(t => t.textContent.trim()).filter(t => t).join(' '),
      labels: (g.__data__ && g.__data__.labels) || [],
      properties: (g.__data__ && g.__data__.propertyMap) || {},
    }));
    return {
      nodes,
      relationships: svg.querySelectorAll('g.relationship').length,
      relationshipList: [...svg.querySelectorAll('g.relationship')].map(g => ({
        type: g.__data__ && g.__data__.type,
        fill: g.querySelector('path.outline') && g.querySelector('path.outline').getAttribute('fill'),
      })),
      // the Browser's own summary under the graph: "Displaying 44 nodes, 44 relationships."
      status: [...document.querySelectorAll('*')].map(e => e.childElementCount === 0 ? e.textContent : '')
        .find(t => /Displaying \d+ nodes/.test(t)) || null,
    };
  });
  await page.screenshot({ path: screenshot });
  const offline = e => e.includes('net::ERR_BLOCKED_BY_CLIENT');
  return {
    connectedAs, styleHeld, drawn, pageErrors, blocked,
    errors: errors.filter(e => !offline(e)),
    offlineErrors: errors.filter(offline),
  };
}
