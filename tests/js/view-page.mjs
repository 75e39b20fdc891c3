// Opens a `genegraph view` page from disk in headless Chromium and reports, as JSON, what a person would see:
// console errors, requests that left the file (there must be none: the page works offline), how many nodes and
// edges the page holds and which it shows (their ids) at each step: the overview as loaded, after searching a gene
// and clicking it, after choosing a trait, after a minimum |r|, after unchecking diseases, the same state opened
// afresh from the permalink (URL hash), after "Overview", after choosing the trait with the most loci, the overview of negative correlations; the PNG and SVG the save buttons download; which
// labels are drawn at two zoom levels.
// Screenshots: <name>-overview.png, <name>-focus.png (trait), <name>-focus-min.png (trait and |r|),
// <name>-zoomed.png (zoomed into the focus), <name>.png (after the search), the downloads <name>-saved.png/.svg and
// <name>-saved-svg.png (the SVG as Chromium draws it).
// Then, if given, searches a gene the overview does not show (it is opened: shown with its neighbours).
// Usage: node view-page.mjs <page.html> <screenshot.png> <gene> <traitId> <minAbsR> [<hidden gene>]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { withBrowser, collectErrors } from './browser.mjs';

const [page_, screenshot, gene, trait, minAbsR, hiddenGene] = process.argv.slice(2);
const shot = suffix => screenshot.replace(/\.png$/, suffix + '.png');

const result = await withBrowser(async browser => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors = collectErrors(page);
  const requests = [];
  page.on('request', r => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) requests.push(r.url()); });
  const open = async (p, hash) => {
    await p.goto(pathToFileURL(page_).href + (hash || ''));
    await p.waitForFunction(() => window.genegraph && window.genegraph.cy);
  };
  await open(page);
  // what is in the page's graph now; a label is drawn when its font size times the zoom reaches its min-zoomed-font-size
  const shown = p => p.evaluate(() => {
    const g = window.genegraph, cy = g.cy;
    const byKind = {};
    cy.nodes().forEach(n => { byKind[n.data('kind')] = (byKind[n.data('kind')] || 0) + 1; });
    return {
      nodes: cy.nodes().map(n => n.id()).sort(),
      edges: cy.edges().map(e => e.id()).sort(),
      byKind,
      traits: cy.nodes('[kind = "Trait"]').map(n => n.id()),
      correlations: cy.edges('[interaction = "CORRELATES_WITH"]').map(e => e.id()),
      labelled: cy.nodes().filter(n => n.numericStyle('font-size') * cy.zoom() >= n.pstyle('min-zoomed-font-size').pfValue).map(n => n.id()),
      labels: cy.nodes().map(n => [n.id(), g.label(n.data())]),
      status: document.getElementById('status').textContent,
      counts: document.getElementById('counts').textContent,
      hash: location.hash,
      state: g.state(),
    };
  });
  const total = await page.evaluate(() => {
    const all = window.genegraph.elements();
    return { nodes: all.filter(d => d.source === undefined).length, edges: all.filter(d => d.source !== undefined).length };
  });
  const overview = await shown(page);
  await page.screenshot({ path: shot('-overview') });
  const data = await page.evaluate(() => window.genegraph.elements());
  const paperLabels = await page.evaluate(() => Object.fromEntries(window.genegraph.elements().filter(d => d.kind === 'Paper').map(d => [d.id, window.genegraph.label(d)])));
  const scripts = await page.evaluate(() => document.querySelectorAll('script').length);

  // search: type the gene and press Enter
  await page.fill('#search', gene);
  await page.press('#search', 'Enter');
  const selected = await page.evaluate(() => window.genegraph.cy.$(':selected').map(e => e.id()));
  const detailsAfterSearch = await page.textContent('#details');
  const afterSearch = await shown(page);

  // click the selected node where it is drawn
  const position = await page.evaluate(() => {
    const n = window.genegraph.cy.$(':selected')[0];
    const box = document.getElementById('cy').getBoundingClientRect();
    return n ? { x: box.left + n.renderedPosition('x'), y: box.top + n.renderedPosition('y') } : null;
  });
  await page.evaluate(() => { document.getElementById('details').textContent = ''; });
  if (position) await page.mouse.click(position.x, position.y);
  const detailsAfterClick = await page.textContent('#details');
  await page.screenshot({ path: screenshot });

  await page.selectOption('#trait', trait);
  const focus = await shown(page);
  await page.screenshot({ path: shot('-focus') });
  await page.$eval('#minAbsR', (input, value) => { input.value = value; input.dispatchEvent(new Event('input')); }, minAbsR);
  const focusMin = await shown(page);
  await page.screenshot({ path: shot('-focus-min') });
  await page.evaluate(() => { const cy = window.genegraph.cy; cy.zoom({ level: 2.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }); });
  const zoomed = await shown(page);
  await page.screenshot({ path: shot('-zoomed') });

  // the downloads, of what is shown
  const saved = {};
  for (const [button, ext] of [['#savePng', 'png'], ['#saveSvg', 'svg']]) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    const path = shot('-saved').replace(/\.png$/, '.' + ext);
    await download.saveAs(path);
    const bytes = readFileSync(path);
    saved[ext] = { name: download.suggestedFilename(), bytes: bytes.length, head: bytes.subarray(0, 8).toString('latin1') };
    if (ext === 'svg') {
      const text = bytes.toString('utf8');
      saved.svg.texts = [...text.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(m => m[1]);
      // the SVG as a browser draws it, to look at
      const viewer = await context.newPage();
      const svgErrors = collectErrors(viewer);
      await viewer.setContent('<img style="max-width:100%;max-height:100vh" src="data:image/svg+xml;base64,' + bytes.toString('base64') + '">');
      await viewer.waitForFunction(() => document.images[0].complete);
      saved.svg.drawn = await viewer.evaluate(() => ({ width: document.images[0].naturalWidth, height: document.images[0].naturalHeight }));
      await viewer.screenshot({ path: shot('-saved-svg') });
      saved.svg.errors = svgErrors;
      await viewer.close();
    }
  }

  await page.click('#kind-Disease');
  const withoutDiseases = await shown(page);

  // the permalink: a fresh page opened at the hash shows the same
  const hash = withoutDiseases.hash;
  const fresh = await context.newPage();
  const freshErrors = collectErrors(fresh);
  await open(fresh, hash);
  const permalink = await shown(fresh);
  await fresh.close();

  await page.click('#reset');
  const reset = await shown(page);
  // the trait with the most loci (a big trait opens on its strongest loci only)
  const biggest = await page.evaluate(() => {
    const count = {};
    window.genegraph.elements().forEach(d => { if (d.interaction === 'CORRELATES_WITH') count[d.target] = (count[d.target] || 0) + 1; });
    return Object.keys(count).sort((a, b) => count[b] - count[a] || (a < b ? -1 : 1))[0];
  });
  await page.selectOption('#trait', biggest);
  const bigFocus = await shown(page);
  await page.screenshot({ path: shot('-big-focus') });
  await page.click('#reset');
  await page.selectOption('#sign', 'negative');
  const negative = await shown(page);
  await page.click('#reset');
  let opened = null;
  if (hiddenGene) {
    await page.fill('#search', hiddenGene);
    await page.press('#search', 'Enter');
    opened = await shown(page);
    opened.selected = await page.evaluate(() => window.genegraph.cy.$(':selected').map(e => e.id()));
    await page.screenshot({ path: shot('-opened') });
  }
  return {
    errors: errors.concat(freshErrors), requests, total, overview, scripts, data, paperLabels, selected, detailsAfterSearch, afterSearch,
    detailsAfterClick, focus, focusMin, zoomed, saved, withoutDiseases, permalink, reset, bigFocus, negative, opened,
  };
});
process.stdout.write(JSON.stringify(result));
