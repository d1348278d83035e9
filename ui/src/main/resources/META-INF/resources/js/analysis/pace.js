// Team pace: a box plot of each team's green-flag lap times (fastest median first): box from the first to the third
// quartile, the median line, whiskers to the furthest lap within 1.5 IQR, every lap as a faint dot. Drawn in SVG.

import { $, analysis, chartReady, failure, hook, lapTime, loading, showApiError, showEmpty, svg, teamColour } from './common.js';

const LEFT = 70;
const TOP = 16;
const BOTTOM = 54;
const HEIGHT = 440;

export async function drawPace(race) {
  loading('Team pace');
  const res = await analysis(`pace?race=${race}`);
  hook.reply = res.body;
  if (res.status !== 200) {
    showApiError(failure(res, 'The team pace'));
    return;
  }
  showApiError('');
  const reply = res.body;
  $('[data-chart-title]').textContent = reply.race ? `${reply.race.name} ${reply.race.season} · team pace` : 'Team pace';
  if (!reply.available) {
    showEmpty('No pace to compare for this race', reply.reason);
    return;
  }
  const root = $('#chart');
  const width = Math.max(480, root.clientWidth);
  const plot = width - LEFT - 12;
  const teams = reply.teams;
  let lo = Math.min(...teams.map((t) => t.whiskerLowMs));
  let hi = Math.max(...teams.map((t) => t.whiskerHighMs));
  const pad = Math.max(200, (hi - lo) * 0.06);
  lo -= pad;
  hi += pad;
  const y = (ms) => TOP + (1 - (ms - lo) / (hi - lo)) * (HEIGHT - TOP - BOTTOM);
  const col = plot / teams.length;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${HEIGHT}`, width, height: HEIGHT, class: 'pace-chart', role: 'img',
    'aria-label': `Lap-time distribution of ${teams.length} teams` });
  // y axis: a tick every 0.5, 1, 2 or 5 s
  const span = (hi - lo) / 1000;
  const tick = [0.5, 1, 2, 5, 10].find((t) => span / t <= 8) ?? 20;
  for (let s = Math.ceil(lo / 1000 / tick) * tick; s * 1000 <= hi; s += tick) {
    chart.append(svg('line', { x1: LEFT, x2: width - 12, y1: y(s * 1000), y2: y(s * 1000), class: 'grid' }));
    chart.append(svg('text', { x: LEFT - 6, y: y(s * 1000) + 4, class: 'axis-text', 'text-anchor': 'end' }, lapTime(s * 1000).replace(/0+$/, '').replace(/\.$/, '')));
  }
  chart.append(svg('text', { x: 14, y: (HEIGHT - BOTTOM) / 2, class: 'axis-label', 'text-anchor': 'middle',
    transform: `rotate(-90 14 ${(HEIGHT - BOTTOM) / 2})` }, 'Lap time (m:ss)'));
  let off = 0;
  teams.forEach((t, i) => {
    const cx = LEFT + col * (i + 0.5);
    const bw = Math.min(46, col * 0.5);
    const colour = teamColour(t.teamColour, t.constructorId);
    const g = svg('g', { class: 'box', 'data-team': t.constructorId, 'data-laps': t.laps });
    g.append(svg('title', {}, `${t.name ?? t.constructorId} (${t.drivers.join(', ')}): median ${lapTime(t.medianMs)},`
      + ` middle half ${lapTime(t.q1Ms)}–${lapTime(t.q3Ms)}, fastest ${lapTime(t.minMs)}, slowest ${lapTime(t.maxMs)}, ${t.laps} laps`));
    t.times.forEach((p, k) => {
      if (p.ms > hi || p.ms < lo) {
        off++;
        return;
      }
      const jitter = ((k * 37) % 17 - 8) / 8 * bw * 0.45;
      const out = p.ms > t.whiskerHighMs || p.ms < t.whiskerLowMs;
      g.append(svg('circle', { cx: cx + jitter, cy: y(p.ms), r: out ? 3 : 1.8, class: out ? 'outlier' : 'lap-dot', fill: colour, stroke: colour }));
    });
    g.append(svg('line', { x1: cx, x2: cx, y1: y(t.whiskerHighMs), y2: y(t.q3Ms), class: 'whisker', stroke: colour }));
    g.append(svg('line', { x1: cx, x2: cx, y1: y(t.q1Ms), y2: y(t.whiskerLowMs), class: 'whisker', stroke: colour }));
    [t.whiskerHighMs, t.whiskerLowMs].forEach((w) => g.append(svg('line', { x1: cx - bw / 4, x2: cx + bw / 4, y1: y(w), y2: y(w), class: 'whisker', stroke: colour })));
    g.append(svg('rect', { x: cx - bw / 2, y: y(t.q3Ms), width: bw, height: Math.max(1, y(t.q1Ms) - y(t.q3Ms)), rx: 3, class: 'iqr', fill: colour, stroke: colour }));
    g.append(svg('line', { x1: cx - bw / 2, x2: cx + bw / 2, y1: y(t.medianMs), y2: y(t.medianMs), class: 'median' }));
    g.append(svg('text', { x: cx, y: HEIGHT - BOTTOM + 18, class: 'team-label', 'text-anchor': 'middle' }, t.name ?? t.constructorId));
    g.append(svg('text', { x: cx, y: HEIGHT - BOTTOM + 34, class: 'axis-text', 'text-anchor': 'middle' }, lapTime(t.medianMs)));
    chart.append(g);
  });
  root.replaceChildren(chart);
  const ex = reply.excludedLaps;
  $('[data-chart-note]').textContent = `${reply.lapsUsed} laps of ${teams.length} teams; under each team its median.`
    + ` ${reply.excluded} (${ex.firstLap} first laps, ${ex.pitInOrOut} pit laps, ${ex.notGreen} laps not under green`
    + `${ex.noTime ? `, ${ex.noTime} without a time` : ''}${ex.noTeam ? `, ${ex.noTeam} without a team` : ''}.)`
    + `${off ? ` ${off} slow laps lie outside the scale.` : ''} Whiskers reach 1.5× the box; bigger dots are outliers.`;
  chartReady(teams.length, { teams: teams.map((t) => ({ id: t.constructorId, medianMs: t.medianMs, laps: t.laps })) });
}
