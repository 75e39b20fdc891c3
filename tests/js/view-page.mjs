// Opens a `genegraph view` page from disk in headless Chromium and reports, as JSON, what a person would see:
// console errors, requests that left the file (there must be none: the page works offline), how many nodes and
// edges Cytoscape.js holds and shows, what searching a gene selects, what the trait and |r| filters leave shown,
// and what clicking a node shows. Saves two screenshots: <name>-overview.png as loaded, <name>.png after the search.
// Usage: node view-page.mjs <page.html> <screenshot.png> <gene> <traitId> <minAbsR>
import { pathToFileURL } from 'node:url';
import { withBrowser, collectErrors } from './browser.mjs';

const [page_, screenshot, gene, trait, minAbsR] = process.argv.slice(2);

const result = await withBrowser(async browser => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors = collectErrors(page);
  const requests = [];
  page.on('request', r => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
  await page.goto(pathToFileURL(page_).href);
  await page.waitForFunction(() => window.genegraph && window.genegraph.cy);
  const shown = () => page.evaluate(() => {
    const cy = window.genegraph.cy;
    // computed display, not the :visible selector, whose cache Cytoscape.js may leave stale after a class change
    const shownStyle = e => e.style('display') !== 'none';
    const visible = cy.elements().filter(e => shownStyle(e) && (e.isNode() || (shownStyle(e.source()) && shownStyle(e.target()))));
    return {
      nodes: visible.nodes().length,
      edges: visible.edges().length,
      traits: visible.nodes('[kind = "Trait"]').map(n => n.id()),
      correlations: visible.edges('[interaction = "CORRELATES_WITH"]').map(e => e.id()),
      status: document.getElementById('status').textContent,
    };
  });
  const total = await page.evaluate(() => ({ nodes: window.genegraph.cy.nodes().length, edges: window.genegraph.cy.edges().length }));
  const rendered = await shown();
  await page.screenshot({ path: screenshot.replace(/\.png$/, '-overview.png') });
  const data = await page.evaluate(() => window.genegraph.cy.elements().map(e => e.data()));
  const scripts = await page.evaluate(() => document.querySelectorAll('script').length);

  // search: type the gene and press Enter
  await page.fill('#search', gene);
  await page.press('#search', 'Enter');
  const selected = await page.evaluate(() => window.genegraph.cy.$(':selected').map(e => e.id()));
  const detailsAfterSearch = await page.textContent('#details');

  // click the selected node where it is drawn
  const position = await page.evaluate(() => {
    const n = window.genegraph.cy.$(':selected')[0];
    const box = document.getElementById('cy').getBoundingClientRect();
    return n ? { x: box.left + n.renderedPosition('x'), y: box.top + n.renderedPosition('y') } : null;
  });
  await page.evaluate(() => { document.getElementById('details').textContent = ''; });
  if (position) await page.mouse.click(position.x, position.y);
  const detailsAfterClick = await page.textContent('#details');

  await page.selectOption('#trait', trait);
  const afterTrait = await shown();
  await page.$eval('#minAbsR', (input, value) => { input.value = value; input.dispatchEvent(new Event('input')); }, minAbsR);
  const afterMinAbsR = await shown();

  await page.selectOption('#trait', '');
  await page.$eval('#minAbsR', input => { input.value = '0'; input.dispatchEvent(new Event('input')); });
  await page.fill('#search', gene);
  await page.press('#search', 'Enter');
  await page.screenshot({ path: screenshot });
  return { errors, requests, total, rendered, scripts, data, selected, detailsAfterSearch, detailsAfterClick, afterTrait, afterMinAbsR };
});
process.stdout.write(JSON.stringify(result));
