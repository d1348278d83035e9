// The header's race facts: lap counter, session status and clock, the replay clock, this viewer's delay,
// and what the session's data lacks.

import { clock } from './format.js';

export function renderSessionInfo(root, snapshot, delaySeconds) {
  const lap = snapshot.lapCount;
  root.querySelector('[data-lap]').textContent = lap ? `${lap.currentLap}` : '—';
  root.querySelector('[data-total-laps]').textContent = lap?.totalLaps != null ? `/ ${lap.totalLaps}` : '';
  root.querySelector('[data-session-status]').textContent = sessionStatus(snapshot.sessionStatus?.status);
  root.querySelector('[data-session-time]').textContent = clock(snapshot.sessionTimeMs);
  const replay = root.querySelector('[data-replay-clock]');
  const c = snapshot.clock;
  replay.textContent = !c ? '' : c.paused ? 'Paused' : c.speed == null ? 'Max speed' : `${trimSpeed(c.speed)}×`;
  replay.dataset.paused = c?.paused ? 'true' : 'false';
  const delay = root.querySelector('[data-delay-badge]');
  delay.hidden = !delaySeconds;
  delay.textContent = delaySeconds ? `Delayed ${delaySeconds} s` : '';
  document.body.dataset.sessionTimeMs = snapshot.sessionTimeMs ?? '';
  document.body.dataset.version = snapshot.version;
}

/** The data notes of the session (what it lacks), for the "about this data" list. */
export function renderAvailability(list, availability) {
  list.replaceChildren();
  if (!availability) return;
  const lacks = [];
  if (!availability.positions) lacks.push('no car positions (the map cannot place the cars)');
  if (!availability.carData) lacks.push('no car telemetry');
  if (availability.timing === 'derived') lacks.push('no live timing feed: order, gaps and intervals are derived from lap and sector crossings');
  if (availability.timing === 'absent') lacks.push('no timing at all');
  if (!availability.laps) lacks.push('no lap table');
  if (!availability.weather) lacks.push('no weather');
  for (const text of lacks) {
    const li = document.createElement('li');
    li.textContent = text;
    list.append(li);
  }
  for (const note of availability.notes ?? []) {
    const li = document.createElement('li');
    li.className = 'note';
    li.textContent = note;
    list.append(li);
  }
}

function sessionStatus(s) {
  if (!s) return '';
  return { Started: 'Racing', Finished: 'Finished', Finalised: 'Final', Ends: 'Ended', Inactive: 'Not started', Aborted: 'Suspended' }[s] ?? s;
}

function trimSpeed(n) {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(2)));
}
