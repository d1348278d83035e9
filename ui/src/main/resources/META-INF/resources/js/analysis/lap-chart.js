// Lap chart: every car's position at the end of each lap, from its grid slot (lap 0), one line per car in team
// colour (a team's second car dashed), position 1 at the top, the driver's code at the end of the line.

import { Chart } from '../charts.js';
import { $, analysis, chartReady, failure, hook, loading, showApiError, showEmpty, teamColour } from './common.js';
import { AXIS, endLabels, lineSeries } from './lines.js';

let chart = null;

export async function drawLapChart(race) {
  loading('Lap chart');
  const res = await analysis(`lap-chart?race=${race}`);
  hook.reply = res.body;
  if (res.status !== 200) {
    showApiError(failure(res, 'The lap chart'));
    return;
  }
  showApiError('');
  const reply = res.body;
  $('[data-chart-title]').textContent = reply.race ? `${reply.race.name} ${reply.race.season} · lap chart` : 'Lap chart';
  if (!reply.available) {
    chart?.clear();
    chart = null;
    showEmpty('No lap chart for this race', reply.reason);
    return;
  }
  const x = Array.from({ length: reply.laps + 1 }, (_, i) => i);
  const teams = new Map();
  const lines = reply.cars.map((c) => {
    const n = teams.get(c.constructorId) ?? 0;
    teams.set(c.constructorId, n + 1);
    return { label: c.code ?? `#${c.carNumber}`, colour: teamColour(c.teamColour, c.constructorId), dash: n > 0,
      values: c.positions, single: c.lapsCompleted === 0 };
  });
  const cars = reply.cars.length;
  const opts = {
    legend: { show: true, live: true },
    focus: { alpha: 0.25 },
    cursor: { focus: { prox: 10 }, drag: { x: true, y: false } },
    padding: [12, 44, 0, 0],
    scales: { x: { time: false }, y: { dir: -1, range: [0.5, cars + 0.5] } },
    axes: [
      { ...AXIS, label: 'Lap (0 = grid)', labelSize: 20, size: 36, incrs: [1, 2, 5, 10] },
      { ...AXIS, label: 'Position', labelSize: 20, size: 40, incrs: [1, 2, 5] },
    ],
    plugins: [endLabels()],
  };
  const xSeries = { label: 'Lap', value: (u, v) => (v == null ? '—' : v === 0 ? 'grid' : `lap ${v}`) };
  chart?.clear();
  chart = new Chart($('#chart'), { ...opts, series: [xSeries] }, Math.max(420, cars * 24));
  await chart.set([x, ...lines.map((l) => l.values)], [xSeries, ...lineSeries(lines.map((l) => ({ ...l })), '', true)
    .map((s) => ({ ...s, value: (u, v) => (v == null ? '—' : `P${v}`) }))]);
  const noLaps = reply.cars.filter((c) => c.lapsCompleted === 0).map((c) => c.code ?? c.carNumber);
  $('[data-chart-note]').textContent = `${cars} cars over ${reply.laps} laps, from marts.fct_laps; grid slots from the`
    + ` results.${noLaps.length ? ` Completed no lap (dot at the grid slot): ${noLaps.join(', ')}.` : ''}`
    + ' Hover for every position on a lap; drag to zoom, double-click to reset.';
  chartReady(lines.length, { x, series: lines.map(({ label, colour, values }) => ({ label, colour, values })) });
}
