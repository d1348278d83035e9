// Pit stops: every stop of the race in a table by lap, with driver and team, and what the duration measures.

import { $, analysis, chartReady, failure, hook, loading, showApiError, showEmpty, teamColour } from './common.js';

export async function drawPitStops(race) {
  loading('Pit stops');
  const res = await analysis(`pit-stops?race=${race}`);
  hook.reply = res.body;
  if (res.status !== 200) {
    showApiError(failure(res, 'The pit stops'));
    return;
  }
  showApiError('');
  const reply = res.body;
  $('[data-chart-title]').textContent = reply.race ? `${reply.race.name} ${reply.race.season} · pit stops` : 'Pit stops';
  if (!reply.available) {
    showEmpty('No pit stops for this race', reply.reason);
    return;
  }
  const table = document.createElement('table');
  table.className = 'data-table pit-table';
  table.id = 'pit-stops-table';
  const timed = reply.stops.filter((s) => s.durationMs != null);
  const fastest = timed.reduce((a, s) => (a == null || s.durationMs < a.durationMs ? s : a), null);
  table.innerHTML = '<thead><tr><th class="num">Lap</th><th>Driver</th><th>Team</th><th class="num">Stop</th>'
    + '<th class="num">Duration (s)</th><th>Source</th></tr></thead>';
  const body = document.createElement('tbody');
  reply.stops.forEach((s) => {
    const tr = document.createElement('tr');
    tr.dataset.stop = `${s.code ?? s.driverId}-${s.stop}`;
    if (s === fastest) tr.classList.add('fastest');
    tr.innerHTML = `<td class="num">${s.lap ?? '—'}</td>`
      + `<td><span class="team-bar" style="background:${teamColour(s.teamColour, s.constructorId)}"></span><b></b> <span class="muted"></span></td>`
      + '<td></td>'
      + `<td class="num">${s.stop}</td><td class="num">${s.durationMs == null ? '—' : (s.durationMs / 1000).toFixed(3)}</td><td></td>`;
    tr.querySelector('b').textContent = s.code ?? `#${s.carNumber}`;
    tr.querySelector('.muted').textContent = s.name ?? s.driverId ?? '';
    tr.children[2].textContent = s.constructorName ?? s.constructorId ?? '';
    tr.children[5].textContent = s.source ?? '';
    if (s === fastest) tr.title = 'Shortest of the race';
    body.append(tr);
  });
  table.append(body);
  $('#chart').replaceChildren(table);
  $('[data-chart-note]').textContent = `${reply.stops.length} stops${fastest ? `; shortest ${(fastest.durationMs / 1000).toFixed(3)} s`
    + ` by ${fastest.code ?? fastest.driverId} on lap ${fastest.lap}` : ''}. ${reply.note ?? ''}`;
  chartReady(reply.stops.length, { stops: reply.stops.map((s) => ({ code: s.code, lap: s.lap, durationMs: s.durationMs })) });
}
