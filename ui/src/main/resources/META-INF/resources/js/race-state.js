// The race as the page knows it: the last snapshot from the race socket, with each diff applied exactly as
// timing-ws's SnapshotDiff.apply does. Listeners hear about every change.

/** Top-level snapshot fields a diff may replace (named in its `changed`). */
const FIELDS = ['sessionKey', 'sessionTimeMs', 'utc', 'lapCount', 'trackStatus', 'sessionStatus', 'drivers',
  'weather', 'availability', 'clock'];

/** Thrown when a diff does not start from the snapshot the page holds: the page must resync. */
export class VersionMismatch extends Error {
  constructor(from, held) {
    super(`diff from version ${from} applied to version ${held}`);
    this.name = 'VersionMismatch';
  }
}

/**
 * The snapshot a diff leads to from `from` (a new object; `from` is left as it was). Mirrors
 * SnapshotDiff.apply: changed fields replaced, changed rows replaced whole, the tower in `order` when sent,
 * race control trimmed at the front and appended, `ts` taken from the diff.
 */
export function applyDiff(from, diff) {
  if (from.version !== diff.fromVersion) throw new VersionMismatch(diff.fromVersion, from.version);
  const changed = new Set(diff.changed ?? []);
  const rows = new Map(from.rows.map((r) => [r.car, r]));
  for (const r of diff.rows ?? []) rows.set(r.car, r);
  const order = diff.order ?? from.rows.map((r) => r.car);
  const tower = order.map((car) => {
    const row = rows.get(car);
    if (!row) throw new Error(`diff lacks the row of car ${car}`);
    return row;
  });
  const raceControl = from.raceControl.slice(diff.raceControlDropped ?? 0).concat(diff.raceControlAdded ?? []);
  const next = { ...from, version: diff.toVersion, rows: tower, raceControl };
  if (diff.ts !== undefined) next.ts = diff.ts; // the Kafka time of the newest record, always sent
  for (const f of FIELDS) {
    if (changed.has(f)) next[f] = diff[f] ?? null;
  }
  return next;
}

/** Holds the current snapshot and tells listeners `(snapshot, previous, kind)` after each change. */
export class RaceState {
  constructor() {
    this.snapshot = null;
    this.delaySeconds = 0;
    this.listeners = [];
  }

  onChange(listener) {
    this.listeners.push(listener);
  }

  /** Replaces the state with a full snapshot from the server. */
  setSnapshot(snapshot, delaySeconds) {
    const previous = this.snapshot;
    this.snapshot = normalise(snapshot);
    if (delaySeconds != null) this.delaySeconds = delaySeconds;
    this.emit(previous, 'snapshot');
  }

  /** Applies a diff; throws VersionMismatch when it does not fit (the caller resyncs). */
  applyDiff(diff) {
    if (!this.snapshot) throw new VersionMismatch(diff.fromVersion, null);
    const previous = this.snapshot;
    this.snapshot = applyDiff(previous, diff);
    this.emit(previous, 'diff');
  }

  /** The tower row of a car, or undefined. */
  row(car) {
    return this.snapshot?.rows.find((r) => r.car === car);
  }

  emit(previous, kind) {
    for (const l of this.listeners) {
      try {
        l(this.snapshot, previous, kind);
      } catch (e) {
        console.error('race view listener failed', e);
      }
    }
  }
}

function normalise(s) {
  return { ...s, rows: s.rows ?? [], raceControl: s.raceControl ?? [], drivers: s.drivers ?? [] };
}
