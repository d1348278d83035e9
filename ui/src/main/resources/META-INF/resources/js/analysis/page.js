// Entry point of every analysis page: body[data-view] says which view; the pickers choose season and race (kept in
// the URL), then the view fetches its reply from /api/analysis and draws it, or says why there is nothing to draw.

import { $, analysis, failure, hook, params, pickRace, pickSeason, setParams, showApiError } from './common.js';
import { drawLapChart } from './lap-chart.js';
import { drawPace } from './pace.js';
import { drawPitStops } from './pit-stops.js';
import { drawStandings } from './standings.js';
import { drawTyres } from './tyres.js';
import { renderShell } from './shell.js';

const view = document.body.dataset.view;
renderShell(view);

/** Per view: the Season field that says a season has data for it, and the function that draws a race or season. */
const VIEWS = {
  standings: ['racesWithResults', drawStandings],
  'lap-chart': ['racesWithLaps', drawLapChart],
  tyres: ['racesWithStints', drawTyres],
  pace: ['racesWithLaps', drawPace],
  'pit-stops': ['racesWithPitStops', drawPitStops],
};

async function seasonChosen(season) {
  setParams({ season });
  const [, draw] = VIEWS[view];
  if (view === 'standings') {
    await draw(season);
    return;
  }
  const picked = await pickRace(season, view, (race) => {
    setParams({ race });
    draw(race);
  });
  if (!picked) return;
  setParams({ race: picked.race });
  await draw(picked.race);
}

async function start() {
  setParams({});
  if (view === 'index') {
    await renderIndex();
    return;
  }
  const [wanted] = VIEWS[view];
  const picked = await pickSeason(wanted, (season) => {
    setParams({ season, race: null });
    seasonChosen(season);
  });
  if (picked) await seasonChosen(picked.season);
}

/** The landing page: every season in the warehouse with what its races have, each linking to the views. */
async function renderIndex() {
  const res = await analysis('seasons');
  hook.reply = res.body;
  const body = $('#seasons-table tbody');
  if (res.status !== 200) {
    showApiError(failure(res, 'The seasons'));
    return;
  }
  const picker = $('#season-picker');
  if (!res.body.available || !res.body.seasons.length) {
    body.replaceChildren(row([res.body.reason ?? 'No seasons in the warehouse yet.'], 7));
    document.body.dataset.status = 'empty';
    return;
  }
  const seasons = res.body.seasons;
  const asked = Number(params().get('season'));
  const chosen = seasons.find((s) => s.season === asked)?.season ?? seasons[0].season;
  picker.replaceChildren(...seasons.map((s) => Object.assign(new Option(s.season, s.season), { selected: s.season === chosen })));
  picker.onchange = () => setParams({ season: picker.value, race: null });
  setParams({ season: chosen });
  body.replaceChildren(...seasons.map((s) => {
    const tr = document.createElement('tr');
    tr.dataset.season = s.season;
    const link = (view, n) => (n > 0 ? `<a href="${view}.html?season=${s.season}">${n}</a>` : '<span class="muted">0</span>');
    tr.innerHTML = `<td><a href="standings.html?season=${s.season}"><b>${s.season}</b></a></td><td>${s.races}</td>`
      + `<td>${link('standings', s.racesWithResults)}</td><td>${link('lap-chart', s.racesWithLaps)}</td>`
      + `<td>${link('tyres', s.racesWithStints)}</td><td>${link('pit-stops', s.racesWithPitStops)}</td>`
      + `<td>${link('standings', s.racesWithStandings)}</td>`;
    return tr;
  }));
  document.body.dataset.status = 'ready';
}

function row(cells, span) {
  const tr = document.createElement('tr');
  cells.forEach((c) => {
    const td = document.createElement('td');
    td.textContent = c;
    if (span) td.colSpan = span;
    tr.append(td);
  });
  return tr;
}

start().catch((e) => {
  console.error(e);
  showApiError(`The page failed: ${e}`);
});
