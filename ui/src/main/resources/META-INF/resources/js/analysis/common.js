// What every analysis page shares: the API calls (through timing-ws to staging), the season and race pickers kept
// in the URL, the empty state, team colours and the test hook window.__analysis.

import { getJson } from '../api.js';
import { teamColour as feedColour } from '../format.js';

export const $ = (s, root = document) => root.querySelector(s);

/** GET /api/analysis/<path>: {status, body}; status 0 when timing-ws cannot be reached. */
export const analysis = (path) => getJson(`/api/analysis/${path}`);

/** The test and debug hook: the last reply, what was drawn, script errors. */
export const hook = (window.__analysis = {
  reply: null,
  drawn: null,
  errors: () => window.__analysisErrors.slice(),
});

/** The reason a call failed, in words: staging's or timing-ws's error, or the network. */
export function failure(res, what) {
  if (res.status === 0) return `timing-ws cannot be reached, so ${what} cannot be loaded.`;
  const error = res.body?.error ?? `HTTP ${res.status}`;
  if (res.status === 502) return `The analysis service (staging) is not answering: ${error}`;
  return `${what}: ${error}`;
}

export function showApiError(message) {
  const el = $('#api-error');
  el.textContent = message;
  el.hidden = !message;
  document.body.dataset.status = message ? 'error' : document.body.dataset.status;
  if ($('#loading')) $('#loading').hidden = true;
}

/** Shows the empty state with why there is nothing to draw; the chart is cleared. */
export function showEmpty(title, reason) {
  $('#loading').hidden = true;
  const empty = $('#empty');
  empty.hidden = false;
  $('[data-empty-title]', empty).textContent = title;
  $('[data-empty-reason]', empty).textContent = reason ?? '';
  const chart = $('#chart');
  chart.replaceChildren();
  chart.dataset.chartReady = 'false';
  chart.dataset.empty = 'true';
  document.body.dataset.status = 'empty';
}

/** Marks the chart as drawn, with how many series (lines, bars, boxes, rows) it holds, for tests and readers. */
export function chartReady(count, drawn) {
  $('#loading').hidden = true;
  $('#empty').hidden = true;
  const chart = $('#chart');
  chart.dataset.empty = 'false';
  chart.dataset.series = String(count);
  chart.dataset.chartReady = 'true';
  hook.drawn = drawn;
  document.body.dataset.status = 'ready';
}

export function loading(title) {
  $('#loading').hidden = false;
  $('#empty').hidden = true;
  $('#chart').dataset.chartReady = 'false';
  $('[data-chart-title]').textContent = title ?? '';
  $('[data-chart-note]').textContent = '';
  document.body.dataset.status = 'loading';
}

// --- URL state ------------------------------------------------------------------------------------

export const params = () => new URLSearchParams(location.search);

/** Keeps the selections in the URL (replacing the history entry) and in the links to the other views. */
export function setParams(values) {
  const p = params();
  Object.entries(values).forEach(([k, v]) => (v == null ? p.delete(k) : p.set(k, String(v))));
  history.replaceState(null, '', `${location.pathname}?${p}`);
  document.querySelectorAll('[data-nav]').forEach((a) => {
    const view = a.dataset.nav;
    a.href = `${view}.html?${p}`;
    a.classList.toggle('active', view === document.body.dataset.view);
    if (view === document.body.dataset.view) a.setAttribute('aria-current', 'page');
  });
}

// --- pickers ---------------------------------------------------------------------------------------

/**
 * Fills the season picker from /seasons: the URL's season, else the newest that has `wanted` (a Season field
 * such as racesWithLaps), else the newest. Resolves to {season, seasons} or null when there is none.
 */
export async function pickSeason(wanted, onChange) {
  const res = await analysis('seasons');
  if (res.status !== 200) {
    showApiError(failure(res, 'The seasons'));
    return null;
  }
  hook.seasons = res.body;
  if (!res.body.available || !res.body.seasons.length) {
    showEmpty('No analysis data yet', res.body.reason ?? 'The warehouse has no seasons yet.');
    return null;
  }
  const seasons = res.body.seasons;
  const asked = Number(params().get('season'));
  const season = seasons.find((s) => s.season === asked)?.season
    ?? seasons.find((s) => !wanted || s[wanted] > 0)?.season ?? seasons[0].season;
  const select = $('#season-picker');
  select.replaceChildren(...seasons.map((s) => {
    const o = new Option(`${s.season}${wanted && !s[wanted] ? ' (no data for this view)' : ''}`, s.season);
    o.selected = s.season === season;
    return o;
  }));
  select.onchange = () => onChange(Number(select.value));
  return { season, seasons };
}

/** The data a race view needs, by view: the Race flag, and the words for a race without it. */
export const RACE_NEEDS = {
  'lap-chart': ['hasLaps', 'no laps'],
  tyres: ['hasStints', 'no tyre data'],
  pace: ['hasLaps', 'no laps'],
  'pit-stops': ['hasPitStops', 'no pit stops'],
};

/** Fills the race picker from /races?season=: the URL's race, else the latest race with the view's data. */
export async function pickRace(season, view, onChange) {
  const res = await analysis(`races?season=${season}`);
  if (res.status !== 200) {
    showApiError(failure(res, `The races of ${season}`));
    return null;
  }
  if (!res.body.available || !res.body.races.length) {
    showEmpty(`No races for ${season}`, res.body.reason);
    return null;
  }
  const [flag, lacking] = RACE_NEEDS[view];
  const races = res.body.races;
  const asked = Number(params().get('race'));
  const withData = races.filter((r) => r[flag]);
  const race = races.find((r) => r.raceId === asked)?.raceId
    ?? withData[withData.length - 1]?.raceId ?? races[races.length - 1].raceId;
  const select = $('#race-picker');
  select.replaceChildren(...races.map((r) => {
    const o = new Option(`R${r.round} ${r.name}${r[flag] ? '' : ` (${lacking})`}`, r.raceId);
    o.selected = r.raceId === race;
    return o;
  }));
  select.onchange = () => onChange(Number(select.value));
  $('[data-picker-note]').textContent = withData.length
    ? `${withData.length} of ${races.length} races of ${season} have data for this view`
    : `No race of ${season} has data for this view yet`;
  return { race, races };
}

// --- colours ---------------------------------------------------------------------------------------

/** Team colours by Jolpica constructor id, for marts without the feed's colours (the feed's own win when known). */
const TEAM = {
  mclaren: 'FF8000', red_bull: '3671C6', mercedes: '27F4D2', ferrari: 'E8002D', williams: '64C4FF',
  aston_martin: '229971', alpine: '0093CC', haas: 'B6BABD', rb: '6692FF', sauber: '52E252',
  alphatauri: '5E8FAA', alfa: 'C92D4B', racing_point: 'F596C8', force_india: 'F596C8', renault: 'FFF500',
  toro_rosso: '469BFF', lotus_f1: 'FFB800', manor: 'ED1C24', marussia: '6E0000', caterham: '10518F',
};

/** CSS colour of a team: the reply's feed colour, else the constructor's usual colour, else a grey. */
export function teamColour(feedHex, constructorId) {
  if (feedHex) return feedColour(feedHex);
  return TEAM[constructorId] ? `#${TEAM[constructorId]}` : '#8a8f98';
}

/** Compound colours of the tyre chart (as the race view's). */
export const COMPOUND = {
  SOFT: '#ff3b3b', MEDIUM: '#ffd12e', HARD: '#eef0f3', INTERMEDIATE: '#43b047', WET: '#2f7ded',
};

/** "1:23.456" from ms. */
export function lapTime(ms) {
  if (ms == null || !Number.isFinite(ms)) return '—';
  const m = Math.floor(ms / 60000);
  const s = (ms % 60000) / 1000;
  return m > 0 ? `${m}:${s.toFixed(3).padStart(6, '0')}` : s.toFixed(3);
}

/** An SVG element with attributes. */
export function svg(tag, attrs = {}, text) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  Object.entries(attrs).forEach(([k, v]) => v != null && el.setAttribute(k, v));
  if (text != null) el.textContent = text;
  return el;
}
