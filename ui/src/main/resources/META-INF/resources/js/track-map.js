// The track map: the circuit outline (or, when the session has none, the cars' own positions as they
// accumulate), corner numbers, and every car as a dot in its team colour, moved smoothly between updates.

import { teamColour } from './format.js';

const SVG = 'http://www.w3.org/2000/svg';
/** Cell size (map units, 1/10 m) used to thin the positions a map without an outline is drawn from. */
const TRAIL_CELL = 40;
const TRAIL_MAX = 6000;

export class TrackMap {
  /** @param root the map's container element; @param onSelect called with a car number on a dot click */
  constructor(root, onSelect) {
    this.root = root;
    this.onSelect = onSelect;
    this.cars = new Map(); // car -> {el, from, to, t0, duration, shown}
    this.outline = null;
    this.corners = [];
    this.trail = new Map(); // cell key -> [x, y]
    this.bounds = null;
    this.selected = null;
    this.svg = el('svg', { class: 'map-svg', role: 'img', 'aria-label': 'Track map' });
    this.outlineLayer = el('g', { class: 'map-outline' });
    this.trailPath = el('path', { class: 'map-trail' });
    this.cornerLayer = el('g', { class: 'map-corners' });
    this.carLayer = el('g', { class: 'map-cars' });
    this.svg.append(this.outlineLayer, this.trailPath, this.cornerLayer, this.carLayer);
    this.notice = root.querySelector('[data-map-notice]');
    root.querySelector('[data-map-canvas]').append(this.svg);
    this.noticeText = { outline: null, positions: null };
    requestAnimationFrame((t) => this.frame(t));
  }

  /** Sets the circuit outline ([[x,y],...]) and corners ({number,x,y,angle}); null when the session has none. */
  setTrack(track) {
    this.outline = track?.outline?.length ? track.outline : null;
    this.corners = track?.corners ?? [];
    // a circuit taller than wide is turned a quarter so it fills the (landscape) map box
    const xs = (this.outline ?? []).map((q) => q[0]);
    const ys = (this.outline ?? []).map((q) => q[1]);
    this.rotated = !!this.outline && Math.max(...ys) - Math.min(...ys) > 1.1 * (Math.max(...xs) - Math.min(...xs));
    this.trackSource = track?.source ?? null;
    this.root.dataset.outline = this.outline ? 'track' : 'positions';
    this.refit();
    this.drawOutline();
  }

  /** Says why there is no outline ("none" for a session without one, or an error), or null when there is one. */
  setOutlineNotice(text) {
    this.noticeText.outline = text;
    this.renderNotice();
  }

  /** Takes the cars' latest positions from a snapshot. */
  update(snapshot, now = performance.now()) {
    const positions = snapshot.availability ? snapshot.availability.positions !== false : true;
    this.noticeText.positions = positions ? null
      : 'This session has no position data: the cars cannot be placed on the map.';
    const present = new Set();
    let grew = false;
    for (const row of snapshot.rows) {
      // a retired car's last position is not where it is racing: the tower says RET, the map leaves it out
      if (row.x == null || row.y == null || row.retired) continue;
      present.add(row.car);
      let car = this.cars.get(row.car);
      if (!car) {
        car = this.addCar(row);
        car.from = car.to = [row.x, row.y];
        car.t0 = now;
        car.duration = 1;
      } else if (car.to[0] !== row.x || car.to[1] !== row.y) {
        const shown = car.shown ?? car.to;
        const interval = now - car.t0;
        // animate over about the time between updates; a jump (seek, pit lane) is not animated
        car.duration = Math.min(1000, Math.max(60, interval));
        const jump = Math.hypot(row.x - shown[0], row.y - shown[1]) > this.extent() / 4;
        car.from = jump ? [row.x, row.y] : shown;
        car.to = [row.x, row.y];
        car.t0 = now;
      }
      this.style(car, row);
      if (!this.outline) grew = this.addTrail(row.x, row.y) || grew;
    }
    for (const [key, car] of this.cars) {
      if (!present.has(key)) {
        car.el.remove();
        this.cars.delete(key);
      }
    }
    if (grew) {
      this.refit();
      this.drawTrail();
    }
    this.declutter(snapshot.rows);
    this.renderNotice();
  }

  /** Hides the code of a car sitting on top of one ahead of it (a pack stays readable); the chosen car keeps its. */
  declutter(rows) {
    const u = this.unit(); // codes are about 4.3 units wide and 2.4 high, set 2.1 units right of the dot
    const labelled = [];
    const ordered = [...rows].sort((a, b) => (b.car === this.selected) - (a.car === this.selected) || a.position - b.position);
    for (const row of ordered) {
      const car = this.cars.get(row.car);
      if (!car) continue;
      const [x, y] = this.project(car.to[0], car.to[1]);
      const hidden = row.car !== this.selected && labelled.some(([lx, ly]) => Math.abs(lx - x) < u * 4.5 && Math.abs(ly - y) < u * 2.2);
      car.label.style.display = hidden ? 'none' : '';
      if (!hidden) labelled.push([x, y]);
    }
  }

  /** Highlights one car (or none). */
  select(car) {
    this.selected = car;
    for (const [key, c] of this.cars) c.el.classList.toggle('selected', key === car);
  }

  /** Where each car's dot is drawn now, in map units: {car: [x, y]} (a test hook). */
  positions() {
    const out = {};
    for (const [key, c] of this.cars) out[key] = c.shown ? [...c.shown] : [...c.to];
    return out;
  }

  addCar(row) {
    const g = el('g', { class: 'map-car', 'data-car': row.car, tabindex: '0' });
    const dot = el('circle', { r: this.unit() * 1.5 });
    const label = el('text', { x: this.unit() * 2.1, y: this.unit() * 0.7 });
    g.append(dot, label);
    g.addEventListener('click', () => this.onSelect(row.car));
    g.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') this.onSelect(row.car);
    });
    this.carLayer.append(g);
    const car = { el: g, dot, label };
    this.cars.set(row.car, car);
    g.classList.toggle('selected', row.car === this.selected);
    return car;
  }

  style(car, row) {
    const colour = teamColour(row.teamColour);
    if (car.colour !== colour) {
      car.dot.setAttribute('fill', colour);
      car.colour = colour;
    }
    if (car.label.textContent !== row.code) car.label.textContent = row.code ?? row.car;
    car.el.dataset.code = row.code ?? '';
    car.el.classList.toggle('retired', !!row.retired);
    car.el.classList.toggle('in-pit', !!row.inPit);
    // the leader is drawn last (on top)
    if (row.position === 1 && car.el !== this.carLayer.lastChild) this.carLayer.append(car.el);
  }

  frame(now) {
    for (const car of this.cars.values()) {
      const p = Math.min(1, (now - car.t0) / car.duration);
      const x = car.from[0] + (car.to[0] - car.from[0]) * p;
      const y = car.from[1] + (car.to[1] - car.from[1]) * p;
      if (!car.shown || car.shown[0] !== x || car.shown[1] !== y) {
        car.shown = [x, y];
        const [px, py] = this.project(x, y);
        car.el.setAttribute('transform', `translate(${px.toFixed(1)} ${(-py).toFixed(1)})`);
      }
    }
    requestAnimationFrame((t) => this.frame(t));
  }

  addTrail(x, y) {
    if (this.trail.size >= TRAIL_MAX) return false;
    const key = `${Math.round(x / TRAIL_CELL)},${Math.round(y / TRAIL_CELL)}`;
    if (this.trail.has(key)) return false;
    this.trail.set(key, [x, y]);
    return true;
  }

  refit() {
    const pts = this.outline ?? [...this.trail.values()];
    if (!pts.length) return;
    let minX = Infinity; let maxX = -Infinity; let minY = Infinity; let maxY = -Infinity;
    for (const [x, y] of pts.map(([a, b]) => this.project(a, b))) {
      minX = Math.min(minX, x); maxX = Math.max(maxX, x);
      minY = Math.min(minY, y); maxY = Math.max(maxY, y);
    }
    const pad = Math.max(maxX - minX, maxY - minY) * 0.06 + 200;
    this.bounds = { minX: minX - pad, maxX: maxX + pad, minY: minY - pad, maxY: maxY + pad };
    const b = this.bounds;
    this.svg.setAttribute('viewBox', `${b.minX} ${-b.maxY} ${b.maxX - b.minX} ${b.maxY - b.minY}`);
    const u = this.unit();
    for (const c of this.cars.values()) {
      c.dot.setAttribute('r', u * 1.5);
      c.label.setAttribute('x', u * 2.1);
      c.label.setAttribute('y', u * 0.7);
    }
    this.svg.style.setProperty('--u', u);
    this.root.style.setProperty('--map-font', `${u * 2.4}px`);
    this.carLayer.setAttribute('font-size', u * 2.4);
    this.cornerLayer.setAttribute('font-size', u * 2.3);
    this.outlineLayer.setAttribute('stroke-width', u * 1.6);
    this.trailPath.setAttribute('stroke-width', u * 1.1);
  }

  /** Map frame to drawing frame: the same, or turned a quarter clockwise for a tall circuit. */
  project(x, y) {
    return this.rotated ? [y, -x] : [x, y];
  }

  extent() {
    const b = this.bounds;
    return b ? Math.max(b.maxX - b.minX, b.maxY - b.minY) : 10000;
  }

  /** The size unit of dots and labels: a hundredth of the map's extent. */
  unit() {
    return this.extent() / 100;
  }

  drawOutline() {
    this.outlineLayer.replaceChildren();
    this.cornerLayer.replaceChildren();
    if (!this.outline) return;
    const d = this.outline.map(([ox, oy], i) => {
      const [x, y] = this.project(ox, oy);
      return `${i ? 'L' : 'M'}${x.toFixed(0)} ${(-y).toFixed(0)}`;
    }).join(' ') + ' Z';
    this.outlineLayer.append(el('path', { d, class: 'track-edge' }), el('path', { d, class: 'track-surface' }));
    const u = this.unit();
    for (const c of this.corners) {
      // corner numbers sit just off the track, on the side the corner's angle points to
      const a = ((c.angle ?? 0) * Math.PI) / 180;
      const [x, y] = this.project(c.x + Math.cos(a) * u * 4, c.y + Math.sin(a) * u * 4);
      const t = el('text', { x, y: -y, class: 'corner', 'data-corner': c.number });
      t.textContent = c.number;
      this.cornerLayer.append(t);
    }
    this.trailPath.setAttribute('d', '');
  }

  drawTrail() {
    if (this.outline) return;
    const d = [...this.trail.values()].map(([x, y]) => `M${x.toFixed(0)} ${(-y).toFixed(0)}h0`).join('');
    this.trailPath.setAttribute('d', d);
  }

  renderNotice() {
    const text = this.noticeText.positions ?? this.noticeText.outline;
    this.notice.hidden = !text;
    this.notice.textContent = text ?? '';
    this.notice.dataset.mapNotice = this.noticeText.positions ? 'no-positions' : this.noticeText.outline ? 'no-outline' : '';
  }
}

function el(name, attrs = {}) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}
