// The race view's entry point: wires the race socket, the race state and the page's parts together.

import * as api from './api.js';
import { renderBanner } from './banner.js';
import { Controls } from './controls.js';
import { DriverPanel } from './driver-panel.js';
import { renderRaceControl } from './race-control.js';
import { RaceState, VersionMismatch } from './race-state.js';
import { renderAvailability, renderSessionInfo } from './session-info.js';
import { RaceSocket } from './socket.js';
import { Tower } from './tower.js';
import { TrackMap } from './track-map.js';

const $ = (s) => document.querySelector(s);
const state = new RaceState();
let selected = null;
let resyncs = 0;

const select = (car) => {
  selected = selected === car ? null : car;
  tower.select(selected);
  map.select(selected);
  panel.show(selected);
};

const tower = new Tower($('#tower-body'), select);
const map = new TrackMap($('#map'), select);
const panel = new DriverPanel($('#driver-panel'), { onClose: () => select(selected), getState: () => state.snapshot });
const controls = new Controls($('#controls'), {
  getState: () => state.snapshot,
  onDelay: (seconds) => socket.setDelay(seconds),
});

let trackSession;
state.onChange((snapshot, previous) => {
  document.body.dataset.state = snapshot.rows.length ? 'racing' : 'waiting';
  $('#waiting').hidden = snapshot.rows.length > 0;
  renderSessionInfo($('#session-info'), snapshot, state.delaySeconds);
  renderBanner($('#banner'), snapshot);
  tower.update(snapshot);
  map.update(snapshot);
  renderRaceControl($('#race-control-list'), snapshot.raceControl);
  controls.syncState(snapshot);
  panel.update(snapshot);
  if (snapshot.availability !== previous?.availability) renderAvailability($('#availability'), snapshot.availability);
  if (snapshot.sessionKey && snapshot.sessionKey !== trackSession) {
    trackSession = snapshot.sessionKey;
    loadTrack();
  }
});

const socket = new RaceSocket({
  onSnapshot: (snapshot, delaySeconds) => state.setSnapshot(snapshot, delaySeconds),
  onDiff: (diff) => {
    try {
      state.applyDiff(diff);
    } catch (e) {
      // a diff that does not fit what the page holds: start again from a fresh snapshot
      if (!(e instanceof VersionMismatch)) console.error('race view: a diff could not be applied', e);
      resyncs++;
      socket.resync(`resync: ${e.message}`);
    }
  },
  onStatus: renderConnection,
});
let retryAt = 0;
let reconnectReason = '';
function renderConnection(s) {
  const el = $('#connection');
  el.dataset.connection = s.state;
  el.querySelector('[data-connection-retry]').hidden = s.state !== 'reconnecting';
  const text = el.querySelector('[data-connection-text]');
  if (s.state === 'live') text.textContent = 'Live';
  else if (s.state === 'connecting') text.textContent = s.attempt ? `Connecting (attempt ${s.attempt + 1})…` : 'Connecting…';
  else {
    retryAt = Date.now() + s.retryInMs;
    reconnectReason = s.reason;
    renderCountdown();
  }
  el.title = s.reason ?? '';
}
function renderCountdown() {
  const el = $('#connection');
  if (el.dataset.connection !== 'reconnecting') return;
  const seconds = Math.max(0, Math.ceil((retryAt - Date.now()) / 1000));
  el.querySelector('[data-connection-text]').textContent = `Disconnected: ${reconnectReason}. Retrying in ${seconds} s`;
}
setInterval(renderCountdown, 500);
$('#connection [data-connection-retry]').addEventListener('click', () => socket.retryNow());

let trackRetry;
async function loadTrack() {
  clearTimeout(trackRetry);
  const { status, body } = await api.track();
  if (status === 200 && body?.outline?.length) {
    map.setTrack(body);
    map.setOutlineNotice(null);
  } else if (status === 404 || (status === 200 && !body?.outline?.length)) {
    map.setTrack(null);
    map.setOutlineNotice('No track outline for this session: the map is drawn from the cars\' own positions as they move.');
  } else {
    map.setTrack(null);
    map.setOutlineNotice(`Track outline unavailable (${status === 503 ? 'the replayer cannot be reached' : status || 'network error'}); drawing the map from the cars' positions meanwhile.`);
    trackRetry = setTimeout(loadTrack, 10000);
  }
}

socket.delaySeconds = controls.savedDelay();
socket.start();
controls.load();

// a debug and test hook: what the page holds, without reaching into its modules
window.__pitwall = {
  state: () => state.snapshot,
  delaySeconds: () => state.delaySeconds,
  positions: () => map.positions(),
  map,
  driver: () => panel.debug(),
  resyncs: () => resyncs,
  errors: () => [...window.__pitwallErrors],
  socket,
};
