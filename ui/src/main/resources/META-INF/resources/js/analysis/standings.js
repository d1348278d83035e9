// Standings progression: each driver's championship points (or position, y inverted) after each round, one line per
// driver in team colour (the second driver of a team dashed), a code at each line's end, and the table as it stands.

import { Chart } from '../charts.js';
import { $, analysis, chartReady, failure, hook, loading, showApiError, showEmpty, teamColour } from './common.js';
import { AXIS, endLabels, lineSeries } from './lines.js';

let chart = null;
let mode = 'points';
let last = null;

export async function drawStandings(season) {
  loading(`Drivers' championship ${season}`);
  const res = await analysis(`standings?season=${season}`);
  hook.reply = res.body;
  if (res.status !== 200) {
    showApiError(failure(res, `The standings of ${season}`));
    return;
  }
  showApiError('');
  if (!res.body.available) {
    showEmpty(`No standings for ${season}`, res.body.reason);
    table(null);
    return;
  }
  last = res.body;
  tools();
  await render();
}

function tools() {
  const box = $('[data-chart-tools]');
  box.innerHTML = '<div class="toggle" role="group" aria-label="Show">'
    + '<button type="button" class="btn" data-mode="points">Points</button>'
    + '<button type="button" class="btn" data-mode="positions">Position</button></div>';
  box.querySelectorAll('[data-mode]').forEach((b) => {
    b.setAttribute('aria-pressed', String(b.dataset.mode === mode));
    b.onclick = () => {
      mode = b.dataset.mode;
      box.querySelectorAll('[data-mode]').forEach((x) => x.setAttribute('aria-pressed', String(x.dataset.mode === mode)));
      render();
    };
  });
}

async function render() {
  const reply = last;
  const x = reply.rounds.map((r) => r.round);
  const teams = new Map();
  const series = reply.drivers.map((d) => {
    const n = teams.get(d.constructorId) ?? 0;
    teams.set(d.constructorId, n + 1);
    return { label: d.code ?? d.driverId, colour: teamColour(d.teamColour, d.constructorId), dash: n > 0,
      values: mode === 'points' ? d.points : d.positions, single: true };
  });
  const byRound = new Map(reply.rounds.map((r) => [r.round, r]));
  const opts = {
    legend: { show: true, live: true },
    focus: { alpha: 0.25 },
    cursor: { focus: { prox: 12 }, drag: { x: false, y: false } },
    padding: [12, 48, 0, 0],
    scales: { x: { time: false, range: [x[0] - 0.2, x[x.length - 1] + 0.2] },
      y: mode === 'points' ? { range: (u, min, max) => [0, Math.max(10, Math.ceil(max * 1.05))] }
        : { dir: -1, range: [0.5, reply.drivers.length + 0.5] } },
    axes: [
      { ...AXIS, label: 'Round', labelSize: 20, size: 36, incrs: [1, 2, 5], values: (u, v) => v.map((r) => (Number.isInteger(r) ? `R${r}` : '')) },
      { ...AXIS, label: mode === 'points' ? 'Points' : 'Championship position', labelSize: 20, size: 50,
        incrs: mode === 'points' ? undefined : [1, 2, 5] },
    ],
    plugins: [endLabels()],
  };
  const xSeries = { label: 'Round', value: (u, v) => (v == null ? '—' : `R${v} ${byRound.get(v)?.raceName ?? ''}`) };
  const unit = mode === 'points' ? ' pts' : '';
  const root = $('#chart');
  chart?.clear();
  chart = new Chart(root, { ...opts, series: [xSeries] }, 460);
  await chart.set([x, ...series.map((s) => s.values)], [xSeries, ...lineSeries(series, unit, mode !== 'points').map((s) => ({ ...s, points: { ...s.points, size: 5 } }))]);
  chartReady(series.length, { x, series: series.map(({ label, colour, values }) => ({ label, colour, values })) });
  $('#chart').dataset.basis = reply.basis;
  $('[data-chart-note]').textContent = reply.basisNote ?? '';
  table(reply);
}

/** The standings after the last round drawn. */
function table(reply) {
  let box = $('#standings-table');
  if (!box) {
    box = document.createElement('table');
    box.id = 'standings-table';
    box.className = 'data-table compact';
    $('#chart-note').after(box);
  }
  if (!reply) {
    box.replaceChildren();
    return;
  }
  const round = reply.rounds[reply.rounds.length - 1];
  box.innerHTML = `<caption>After round ${round.round}, ${round.raceName} (${round.basis})</caption>`
    + '<thead><tr><th>Pos</th><th>Driver</th><th>Team</th><th class="num">Points</th></tr></thead>';
  const body = document.createElement('tbody');
  reply.drivers.forEach((d) => {
    const tr = document.createElement('tr');
    tr.dataset.driver = d.code ?? d.driverId;
    tr.innerHTML = `<td>${d.position === 2147483647 ? '—' : d.position}</td>`
      + `<td><span class="team-bar" style="background:${teamColour(d.teamColour, d.constructorId)}"></span><b></b> <span class="muted"></span></td>`
      + `<td></td><td class="num">${d.total}</td>`;
    tr.querySelector('b').textContent = d.code ?? '';
    tr.querySelector('.muted').textContent = d.name ?? d.driverId;
    tr.children[2].textContent = d.constructorName ?? d.constructorId ?? '';
    body.append(tr);
  });
  box.append(body);
}
