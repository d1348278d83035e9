// The driver panel: the chosen car's live telemetry, its current lap's speed and throttle/brake traces
// against distance over its best lap, lap times of the chosen drivers, and its tyre stints.

import * as api from './api.js';
import { Chart, joinSeries, lapOptions, traceOptions } from './charts.js';
import { brakeFraction, compound, drsState, int, lapTime, teamColour, throttleFraction } from './format.js';

const TRACE_REFRESH_MS = 2000;
const DASHES = [[], [6, 4], [2, 3], [10, 3, 2, 3]];

export class DriverPanel {
  constructor(root, { onClose, getState }) {
    this.root = root;
    this.getState = getState;
    this.car = null;
    this.compare = []; // cars in the lap-time chart, the chosen one first
    this.traces = { current: null, best: null };
    this.traceStatus = { current: null, best: null };
    this.lapsByCar = new Map();
    this.seenLaps = new Map(); // car -> lapsCompleted when its laps were fetched
    this.speedChart = new Chart(root.querySelector('[data-chart="speed"]'),
      traceOptions('km/h', [
        { label: 'Current lap', stroke: '#f5f7fa', width: 1.5, spanGaps: true },
        { label: 'Best lap', stroke: '#b26bff', width: 1.2, dash: [5, 4], spanGaps: true },
      ]), 190);
    this.pedalChart = new Chart(root.querySelector('[data-chart="pedals"]'),
      traceOptions('%', [
        { label: 'Throttle', stroke: '#3ddc84', width: 1.5, spanGaps: true },
        { label: 'Brake', stroke: '#ff4d4d', width: 1.5, spanGaps: true },
        { label: 'Best throttle', stroke: 'rgba(61,220,132,0.45)', width: 1, dash: [5, 4], spanGaps: true },
        { label: 'Best brake', stroke: 'rgba(255,77,77,0.45)', width: 1, dash: [5, 4], spanGaps: true },
      ], [-5, 105]), 150);
    this.lapChart = new Chart(root.querySelector('[data-chart="laps"]'), lapOptions(), 200);
    root.querySelector('[data-close]').addEventListener('click', onClose);
    this.addSelect = root.querySelector('[data-compare-add]');
    this.addSelect.addEventListener('change', () => {
      if (this.addSelect.value) this.toggleCompare(this.addSelect.value);
      this.addSelect.value = '';
    });
    setInterval(() => this.refreshCurrentTrace(), TRACE_REFRESH_MS);
  }

  /** Shows a car (or hides the panel with null). */
  show(car) {
    this.car = car;
    this.root.hidden = !car;
    this.root.dataset.car = car ?? '';
    document.body.classList.toggle('has-driver', !!car);
    if (!car) return;
    this.compare = [car, ...this.compare.filter((c) => c !== car)].slice(0, 4);
    this.traces = { current: null, best: null };
    this.traceStatus = { current: 'loading', best: 'loading' };
    this.bestLapShown = undefined;
    this.currentLapShown = undefined;
    this.speedChart.clear();
    this.pedalChart.clear();
    this.update(this.getState());
    this.refreshTraces(true);
    this.refreshLaps(true);
  }

  toggleCompare(car) {
    if (car === this.car) return;
    this.compare = this.compare.includes(car) ? this.compare.filter((c) => c !== car) : [...this.compare, car];
    this.refreshLaps(true);
    this.renderCompare(this.getState());
  }

  /** Follows the race: live telemetry and stints every update, traces and laps when a lap changes. */
  update(snapshot) {
    if (!this.car || !snapshot) return;
    const row = snapshot.rows.find((r) => r.car === this.car);
    this.renderHeader(row, snapshot);
    this.renderLive(row, snapshot);
    this.renderStints(row, snapshot);
    this.renderCompare(snapshot);
    if (row && row.bestLapNumber !== this.bestLapShown) this.refreshBestTrace();
    if (this.compare.some((c) => this.lapsCompleted(snapshot, c) !== this.seenLaps.get(c))) this.refreshLaps(false);
  }

  lapsCompleted(snapshot, car) {
    return snapshot.rows.find((r) => r.car === car)?.lapsCompleted ?? null;
  }

  renderHeader(row, snapshot) {
    const driver = snapshot.drivers.find((d) => d.car === this.car);
    const q = (s) => this.root.querySelector(s);
    q('[data-driver-bar]').style.background = teamColour(row?.teamColour ?? driver?.teamColour);
    q('[data-driver-code]').textContent = row?.code ?? driver?.code ?? this.car;
    q('[data-driver-name]').textContent = `${driver?.fullName ?? ''} #${this.car}`.trim();
    q('[data-driver-team]').textContent = row?.team ?? driver?.team ?? '';
    q('[data-driver-pos]').textContent = row ? `P${row.position}` : '';
  }

  renderLive(row, snapshot) {
    const live = this.root.querySelector('[data-live]');
    const t = row?.telemetry;
    const none = this.root.querySelector('[data-live-none]');
    live.hidden = !t;
    none.hidden = !!t;
    if (!t) {
      none.textContent = snapshot.availability && !snapshot.availability.carData
        ? 'This session has no car telemetry.'
        : 'No telemetry for this car in this session (yet).';
      return;
    }
    const q = (s) => this.root.querySelector(s);
    q('[data-live-speed]').textContent = int(t.speed);
    q('[data-live-gear]').textContent = t.gear == null ? '—' : t.gear === 0 ? 'N' : t.gear;
    q('[data-live-rpm]').textContent = int(t.rpm);
    bar(q('[data-live-throttle]'), throttleFraction(t));
    bar(q('[data-live-brake]'), brakeFraction(t));
    const drs = drsState(t);
    const drsEl = q('[data-live-drs]');
    drsEl.dataset.state = drs ?? 'unknown';
    drsEl.textContent = drs === 'open' ? 'DRS open' : drs === 'eligible' ? 'DRS eligible' : drs === 'off' ? 'DRS' : 'DRS —';
    q('[data-live-source]').textContent = t.source === 'fastf1'
      ? 'FastF1 merged telemetry (~7.6 Hz, brake and DRS on/off)' : `source: ${t.source}`;
  }

  renderStints(row, snapshot) {
    const bars = this.root.querySelector('[data-stints]');
    const stints = row?.stints ?? [];
    const key = JSON.stringify(stints) + (snapshot.lapCount?.totalLaps ?? '');
    if (bars.dataset.key === key) return;
    bars.dataset.key = key;
    bars.replaceChildren();
    if (!stints.length) {
      bars.textContent = 'No tyre stints in this session\'s data for this car.';
      return;
    }
    const total = Math.max(snapshot.lapCount?.totalLaps ?? 0, ...stints.map((s) => (s.startLap ?? 1) - 1 + (s.laps ?? 0)));
    for (const s of stints) {
      const c = compound(s.compound);
      const div = document.createElement('div');
      div.className = `stint ${c.cls}`;
      div.dataset.stint = s.stint;
      div.style.flexBasis = `${(100 * Math.max(1, s.laps ?? 0)) / Math.max(1, total)}%`;
      const from = s.startLap != null ? `from lap ${s.startLap}` : '';
      const age = s.fresh === false ? `, used (${s.tyreAgeAtStart ?? '?'} laps old)` : s.fresh ? ', new' : '';
      div.title = `Stint ${s.stint}: ${c.name} ${from}, ${s.laps ?? '?'} laps${age}`;
      div.textContent = `${c.letter} ${s.laps ?? ''}`;
      bars.append(div);
    }
  }

  renderCompare(snapshot) {
    const chips = this.root.querySelector('[data-compare]');
    const key = this.compare.join(',');
    if (chips.dataset.key !== key) {
      chips.dataset.key = key;
      chips.replaceChildren();
      for (const car of this.compare) {
        const row = snapshot.rows.find((r) => r.car === car);
        const chip = document.createElement('button');
        chip.type = 'button';
        chip.className = 'chip';
        chip.dataset.car = car;
        chip.style.setProperty('--team', teamColour(row?.teamColour));
        chip.textContent = car === this.car ? (row?.code ?? car) : `${row?.code ?? car} ×`;
        chip.disabled = car === this.car;
        chip.addEventListener('click', () => this.toggleCompare(car));
        chips.append(chip);
      }
    }
    const options = snapshot.rows.filter((r) => !this.compare.includes(r.car)).map((r) => `${r.car}:${r.code}`).join(',');
    if (this.addSelect.dataset.key !== options) {
      this.addSelect.dataset.key = options;
      this.addSelect.replaceChildren(new Option('+ compare…', ''));
      for (const r of snapshot.rows) {
        if (!this.compare.includes(r.car)) this.addSelect.append(new Option(`${r.code ?? r.car}`, r.car));
      }
    }
  }

  async refreshTraces() {
    await Promise.all([this.fetchTrace('current'), this.fetchTrace('best')]);
    this.drawTraces();
  }

  async refreshBestTrace() {
    const row = this.getState()?.rows.find((r) => r.car === this.car);
    this.bestLapShown = row?.bestLapNumber;
    await this.fetchTrace('best');
    this.drawTraces();
  }

  async refreshCurrentTrace() {
    if (!this.car || document.hidden) return;
    const state = this.getState();
    const stamp = `${this.car}@${state?.sessionTimeMs}`;
    if (stamp === this.currentStamp) return; // nothing moved (paused): no need to ask again
    this.currentStamp = stamp;
    await this.fetchTrace('current');
    this.drawTraces();
  }

  async fetchTrace(which) {
    const car = this.car;
    const { status, body } = await api.trace(car, which);
    if (car !== this.car) return;
    if (status === 200) {
      this.traces[which] = body;
      this.traceStatus[which] = 'ok';
    } else {
      this.traces[which] = null;
      this.traceStatus[which] = status === 404 ? 'none' : `error ${status || 'network'}`;
    }
  }

  drawTraces() {
    const { current, best } = this.traces;
    const note = this.root.querySelector('[data-trace-note]');
    const title = this.root.querySelector('[data-trace-title]');
    title.textContent = [current ? `Lap ${current.lap}` : null, best ? `best lap ${best.lap} (${lapTime(best.lapTimeMs)})` : null]
      .filter(Boolean).join(' vs ') || 'Lap trace';
    const notes = [];
    if (this.traceStatus.current === 'none') notes.push('no telemetry for the current lap yet');
    else if (this.traceStatus.current?.startsWith('error')) notes.push(`current lap: ${this.traceStatus.current}`);
    if (this.traceStatus.best === 'none') notes.push('no telemetry of its best lap in this replay yet');
    else if (this.traceStatus.best?.startsWith('error')) notes.push(`best lap: ${this.traceStatus.best}`);
    const source = current?.distanceSource ?? best?.distanceSource;
    if (source) notes.push(`distance: ${source}`);
    note.textContent = notes.join(' · ');
    this.root.dataset.traceLap = current?.lap ?? '';
    if (!current && !best) {
      this.speedChart.clear();
      this.pedalChart.clear();
      return;
    }
    const empty = { distance: [], speed: [], throttle: [], brake: [] };
    const a = current ?? empty;
    const b = best ?? empty;
    this.speedChart.set(joinSeries({ x: a.distance, ys: [a.speed] }, { x: b.distance, ys: [b.speed] }));
    this.pedalChart.set(joinSeries(
      { x: a.distance, ys: [a.throttle, brakePercent(a)] },
      { x: b.distance, ys: [b.throttle, brakePercent(b)] }));
  }

  async refreshLaps(force) {
    const state = this.getState();
    const cars = [...this.compare];
    await Promise.all(cars.map(async (car) => {
      const done = this.lapsCompleted(state, car);
      if (!force && this.seenLaps.get(car) === done && this.lapsByCar.has(car)) return;
      this.seenLaps.set(car, done);
      const { status, body } = await api.laps(car);
      this.lapsByCar.set(car, status === 200 && Array.isArray(body) ? body : []);
    }));
    this.drawLaps();
  }

  drawLaps() {
    const state = this.getState();
    const cars = this.compare.filter((c) => this.lapsByCar.has(c));
    const lapSet = new Set();
    for (const c of cars) for (const l of this.lapsByCar.get(c)) if (l.lapTimeMs != null && l.completed !== false) lapSet.add(l.lap);
    const x = [...lapSet].sort((p, q) => p - q);
    const teams = new Map();
    const series = [{ label: 'Lap' }];
    const data = [x];
    for (const car of cars) {
      const row = state?.rows.find((r) => r.car === car);
      const colour = teamColour(row?.teamColour);
      const n = teams.get(colour) ?? 0;
      teams.set(colour, n + 1);
      const byLap = new Map(this.lapsByCar.get(car).map((l) => [l.lap, l]));
      series.push({ label: row?.code ?? car, stroke: colour, width: 1.6, dash: DASHES[n % DASHES.length], spanGaps: false,
        points: { show: true, size: 4 }, value: (u, v) => lapTime(v == null ? null : v * 1000) });
      data.push(x.map((lap) => {
        const l = byLap.get(lap);
        return l && l.lapTimeMs != null && l.completed !== false ? l.lapTimeMs / 1000 : null;
      }));
    }
    const note = this.root.querySelector('[data-laps-note]');
    note.textContent = x.length ? '' : 'No completed laps with a time yet.';
    if (x.length) this.lapChart.set(data, series);
    else this.lapChart.clear();
  }

  /** What the charts hold (a test hook). */
  debug() {
    return { car: this.car, traces: this.traces, speed: this.speedChart.data, laps: this.lapChart.data, compare: this.compare };
  }
}

function bar(el, fraction) {
  el.style.setProperty('--v', fraction == null ? 0 : fraction);
  el.dataset.value = fraction == null ? '' : Math.round(fraction * 100);
  el.closest('.gauge')?.classList.toggle('unknown', fraction == null);
}

/** A trace's brake as %: FastF1 data is binarised (0/1), raw car data 0..100 as recorded. */
function brakePercent(trace) {
  const brake = trace.brake ?? [];
  const binary = trace.source === 'fastf1' || Math.max(0, ...brake.filter((v) => v != null)) <= 1;
  return binary ? brake.map((v) => (v == null ? null : v * 100)) : brake;
}
