// The parts every analysis page shares, written once: the top bar with the pages' navigation, the season and race
// pickers, and a chart view's panel (title, loading, empty state, chart, note). A page's HTML holds only what is
// its own: body[data-view] and its heading in <main>.

const PAGES = [
  ['index', 'Analysis'],
  ['standings', 'Standings progression'],
  ['lap-chart', 'Lap chart'],
  ['tyres', 'Tyre strategy'],
  ['pace', 'Team pace'],
  ['pit-stops', 'Pit stops'],
];

/** Views chosen by season alone (no race picker). */
const SEASON_ONLY = new Set(['index', 'standings']);

export function renderShell(view) {
  const nav = PAGES.map(([page, label]) => `<a href="${page}.html" data-nav="${page}"`
    + `${page === view ? ' aria-current="page"' : ''}>${label}</a>`).join('');
  document.body.insertAdjacentHTML('afterbegin', `
  <header class="topbar">
    <a class="brand" href="/"><span class="brand-mark"></span>Pitwall</a>
    <nav class="analysis-nav" aria-label="Analysis pages">${nav}</nav>
    <a class="nav-link" href="/" id="race-view-link">Race view ›</a>
  </header>
  <section class="controls pickers" aria-label="Choose season and race">
    <label>Season <select id="season-picker" data-picker="season" aria-label="Season"></select></label>
    ${SEASON_ONLY.has(view) ? '' : '<label>Race <select id="race-picker" data-picker="race" aria-label="Race"></select></label>'}
    <span class="muted small" data-picker-note></span>
  </section>`);
  const main = document.querySelector('main');
  main.querySelector('.view-head').insertAdjacentHTML('afterend', `
    <p class="notice error" id="api-error" role="alert" hidden></p>`);
  if (view === 'index') return;
  main.insertAdjacentHTML('beforeend', `
    <section class="panel chart-panel" aria-labelledby="view-title">
      <div class="chart-head">
        <h2 id="chart-title" data-chart-title></h2>
        <div class="chart-tools" data-chart-tools></div>
      </div>
      <p class="notice" id="loading" data-loading>Loading…</p>
      <div class="empty-state" id="empty" role="status" hidden>
        <b data-empty-title>No data to draw</b>
        <p data-empty-reason></p>
      </div>
      <div id="chart" class="analysis-chart" data-chart="${view}" data-chart-ready="false"></div>
      <p class="muted small chart-note" id="chart-note" data-chart-note></p>
    </section>`);
}
