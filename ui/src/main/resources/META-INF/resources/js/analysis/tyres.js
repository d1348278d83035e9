// Tyre strategy: one horizontal bar per driver (finishing order), split into stints coloured by compound (SOFT red,
// MEDIUM yellow, HARD white, INTERMEDIATE green, WET blue); a used set is drawn faded. Drawn in SVG.

import { $, COMPOUND, analysis, chartReady, failure, hook, loading, showApiError, showEmpty, svg, teamColour } from './common.js';

const ROW = 26;
const LEFT = 92;
const TOP = 34;

export async function drawTyres(race) {
  loading('Tyre strategy');
  const res = await analysis(`tyres?race=${race}`);
  hook.reply = res.body;
  if (res.status !== 200) {
    showApiError(failure(res, 'The tyre strategy'));
    return;
  }
  showApiError('');
  const reply = res.body;
  $('[data-chart-title]').textContent = reply.race ? `${reply.race.name} ${reply.race.season} · tyre strategy` : 'Tyre strategy';
  if (!reply.available) {
    showEmpty('No tyre data for this race', reply.reason);
    return;
  }
  const root = $('#chart');
  const width = Math.max(480, root.clientWidth);
  const plot = width - LEFT - 16;
  const laps = Math.max(1, reply.laps);
  const x = (lap) => LEFT + (lap / laps) * plot;
  const height = TOP + reply.drivers.length * ROW + 40;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, class: 'tyre-chart', role: 'img',
    'aria-label': `Tyre stints of ${reply.drivers.length} drivers over ${laps} laps` });
  // lap grid and axis
  const step = laps > 40 ? 10 : 5;
  for (let lap = 0; lap <= laps; lap += step) {
    chart.append(svg('line', { x1: x(lap), x2: x(lap), y1: TOP - 6, y2: height - 36, class: 'grid' }));
    chart.append(svg('text', { x: x(lap), y: TOP - 12, class: 'axis-text', 'text-anchor': 'middle' }, lap));
  }
  chart.append(svg('text', { x: LEFT + plot / 2, y: 12, class: 'axis-label', 'text-anchor': 'middle' }, 'Lap'));
  let bars = 0;
  reply.drivers.forEach((d, i) => {
    const y = TOP + i * ROW;
    const g = svg('g', { 'data-driver': d.code ?? d.carNumber, 'data-stints': d.stints.length, class: 'tyre-row' });
    g.append(svg('rect', { x: 4, y: y + 5, width: 4, height: ROW - 10, rx: 1, fill: teamColour(d.teamColour, d.constructorId) }));
    g.append(svg('text', { x: 14, y: y + ROW / 2 + 4, class: 'row-label' }, `${d.finish ? `${/^\d+$/.test(d.finish) ? 'P' : ''}${d.finish} ` : ''}${d.code ?? `#${d.carNumber}`}`));
    d.stints.forEach((s) => {
      const start = (s.startLap ?? 1) - 1;
      const end = s.endLap ?? start + 1;
      const compound = (s.compound ?? 'UNKNOWN').toUpperCase();
      const w = Math.max(1.5, x(end) - x(start) - 1);
      const rect = svg('rect', { x: x(start), y: y + 4, width: w, height: ROW - 8, rx: 3,
        fill: COMPOUND[compound] ?? '#777', class: `stint${s.fresh === false ? ' used' : ''}`, 'data-compound': compound });
      rect.append(svg('title', {}, `${d.code ?? d.carNumber} stint ${s.stint}: ${compound.toLowerCase()}, laps ${s.startLap}–${s.endLap}`
        + ` (${s.laps} lap${s.laps === 1 ? '' : 's'}), ${s.fresh === false ? `used set (${s.tyreAgeAtStart} laps old)` : s.fresh ? 'new set' : 'set age unknown'}`));
      g.append(rect);
      if (w > 26) {
        g.append(svg('text', { x: x(start) + w / 2, y: y + ROW / 2 + 4, class: `stint-text${compound === 'HARD' || compound === 'MEDIUM' ? ' dark' : ''}`, 'text-anchor': 'middle' },
          `${compound.charAt(0)}${w > 46 ? ` ${s.laps}` : ''}`));
      }
      bars++;
    });
    chart.append(g);
  });
  // legend
  let lx = LEFT;
  const ly = height - 16;
  Object.entries(COMPOUND).forEach(([name, colour]) => {
    chart.append(svg('rect', { x: lx, y: ly - 9, width: 14, height: 10, rx: 2, fill: colour }));
    chart.append(svg('text', { x: lx + 19, y: ly, class: 'axis-text' }, name.charAt(0) + name.slice(1).toLowerCase()));
    lx += 110;
  });
  chart.append(svg('rect', { x: lx, y: ly - 9, width: 14, height: 10, rx: 2, fill: '#eef0f3', class: 'stint used' }));
  chart.append(svg('text', { x: lx + 19, y: ly, class: 'axis-text' }, 'faded: used set'));
  root.replaceChildren(chart);
  root.dataset.bars = String(bars);
  $('[data-chart-note]').textContent = `${reply.drivers.length} drivers, ${bars} stints, from marts.fct_stints.`
    + ' Hover a stint for its laps and tyre age.';
  chartReady(reply.drivers.length, { drivers: reply.drivers.map((d) => ({ code: d.code, stints: d.stints.map((s) => s.compound) })) });
}
