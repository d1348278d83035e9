// The timing tower: one row per car in running order with gaps, laps, sectors, tyres, pit count and state.
// Rows are kept per car and updated in place, so a reorder moves rows rather than rebuilding the table.

import { compound, gap, int, lapTime, sectorTime, teamColour, DASH } from './format.js';

const MARK_CLASS = { OVERALL_BEST: 'mark-overall', PERSONAL_BEST: 'mark-personal' };

export class Tower {
  constructor(tbody, onSelect) {
    this.tbody = tbody;
    this.onSelect = onSelect;
    this.rows = new Map(); // car -> {tr, cells, last}
    this.selected = null;
  }

  update(snapshot) {
    const fastest = Math.min(...snapshot.rows.map((r) => r.bestLapMs ?? Infinity));
    const seen = new Set();
    snapshot.rows.forEach((row, i) => {
      seen.add(row.car);
      let entry = this.rows.get(row.car);
      if (!entry) entry = this.add(row);
      if (entry.last !== row || entry.fastest !== fastest) {
        this.fill(entry, row, fastest);
        entry.last = row;
        entry.fastest = fastest;
      }
      if (this.tbody.children[i] !== entry.tr) this.tbody.insertBefore(entry.tr, this.tbody.children[i] ?? null);
    });
    for (const [car, entry] of this.rows) {
      if (!seen.has(car)) {
        entry.tr.remove();
        this.rows.delete(car);
      }
    }
  }

  select(car) {
    this.selected = car;
    for (const [key, entry] of this.rows) entry.tr.classList.toggle('selected', key === car);
  }

  add(row) {
    const tr = document.createElement('tr');
    tr.dataset.car = row.car;
    tr.tabIndex = 0;
    const names = ['pos', 'driver', 'gap', 'interval', 'last', 'best', 's1', 's2', 's3', 'tyre', 'pits', 'state'];
    const cells = {};
    for (const n of names) {
      const td = document.createElement('td');
      td.className = `c-${n}`;
      td.dataset.col = n;
      tr.append(td);
      cells[n] = td;
    }
    cells.driver.innerHTML = '<span class="team-bar"></span><span class="code"></span>';
    cells.tyre.innerHTML = '<span class="tyre"></span><span class="tyre-age"></span>';
    tr.addEventListener('click', () => this.onSelect(row.car));
    tr.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        this.onSelect(row.car);
      }
    });
    const entry = { tr, cells, last: null };
    this.rows.set(row.car, entry);
    tr.classList.toggle('selected', row.car === this.selected);
    return entry;
  }

  fill({ tr, cells }, row, fastest) {
    tr.dataset.position = row.position;
    tr.dataset.code = row.code ?? '';
    tr.classList.toggle('retired', !!row.retired);
    tr.classList.toggle('in-pit', !!row.inPit);
    cells.pos.textContent = row.position;
    cells.driver.querySelector('.team-bar').style.background = teamColour(row.teamColour);
    cells.driver.querySelector('.code').textContent = row.code ?? row.car;
    cells.driver.title = `${row.code ?? ''} #${row.car} ${row.team ?? ''}`.trim();
    cells.gap.textContent = row.position === 1 && row.gapText ? row.gapText : gap(row.gapText, row.gapToLeaderMs);
    cells.interval.textContent = row.position === 1 ? '' : gap(row.intervalText, row.intervalMs);
    cells.last.textContent = lapTime(row.lastLapMs);
    cells.last.className = `c-last ${lastClass(row, fastest)}`;
    cells.best.textContent = lapTime(row.bestLapMs);
    cells.best.className = `c-best ${row.bestLapMs != null && row.bestLapMs === fastest ? 'mark-overall' : ''}`;
    cells.best.title = row.bestLapNumber != null ? `lap ${row.bestLapNumber}` : '';
    (row.sectors ?? []).slice(0, 3).forEach((s, i) => {
      const td = cells[`s${i + 1}`];
      td.textContent = sectorTime(s?.ms);
      td.className = `c-s${i + 1} ${MARK_CLASS[s?.mark] ?? ''}`;
      td.dataset.mark = s?.mark ?? 'NONE';
    });
    const c = compound(row.compound);
    const tyre = cells.tyre.querySelector('.tyre');
    tyre.textContent = row.compound ? c.letter : DASH;
    tyre.className = `tyre ${row.compound ? c.cls : ''}`;
    tyre.title = row.compound ? c.name : 'no tyre data';
    cells.tyre.querySelector('.tyre-age').textContent = row.tyreAge != null ? row.tyreAge : '';
    cells.pits.textContent = int(row.pitStops);
    const state = row.retired ? 'RET' : row.inPit ? 'PIT' : row.pitOut ? 'PIT EXIT' : '';
    cells.state.textContent = state;
    cells.state.className = `c-state ${state ? `state-${state.replace(' ', '-').toLowerCase()}` : ''}`;
    tr.dataset.state = row.retired ? 'retired' : row.inPit ? 'in-pit' : row.pitOut ? 'pit-out' : 'running';
  }
}

function lastClass(row, fastest) {
  if (row.lastLapMs == null) return '';
  if (row.lastLapMs === fastest) return 'mark-overall';
  if (row.lastLapMs === row.bestLapMs) return 'mark-personal';
  return '';
}
