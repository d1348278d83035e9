// Replay controls (play/pause, speed, seek to a lap) that drive the replayer through timing-ws, shown only
// where the deployment lets viewers control the replay or the user has entered the control token; and this
// viewer's own delay (0–120 s), which only changes what this page is sent.

import * as api from './api.js';

const TOKEN_KEY = 'pitwall.controlToken';
const DELAY_KEY = 'pitwall.delaySeconds';

export class Controls {
  constructor(root, { onDelay, getState }) {
    this.root = root;
    this.onDelay = onDelay;
    this.getState = getState;
    this.info = null; // GET /api/control
    this.q = (s) => root.querySelector(s);
    this.q('[data-control="playpause"]').addEventListener('click', () => this.playPause());
    this.q('[data-control="speed"]').addEventListener('change', (e) => this.send(`speed?value=${e.target.value}`));
    this.q('[data-control="seek-form"]').addEventListener('submit', (e) => {
      e.preventDefault();
      const lap = Number(this.q('[data-control="seek-lap"]').value);
      if (Number.isInteger(lap) && lap > 0) this.send(`seek?lap=${lap}`);
    });
    this.q('[data-control="token-open"]').addEventListener('click', () => this.showTokenForm(true));
    this.q('[data-control="token-form"]').addEventListener('submit', (e) => {
      e.preventDefault();
      const token = this.q('[data-control="token"]').value.trim();
      if (!token) return;
      sessionStorage.setItem(TOKEN_KEY, token);
      this.q('[data-control="token"]').value = '';
      this.message('Token kept for this tab. It is checked on your first command.');
      this.showTokenForm(false);
      this.render();
    });
    this.q('[data-control="token-forget"]').addEventListener('click', () => {
      sessionStorage.removeItem(TOKEN_KEY);
      this.message('');
      this.render();
    });
    const delay = this.q('[data-control="delay"]');
    const saved = Number(sessionStorage.getItem(DELAY_KEY) ?? 0);
    delay.value = String(Number.isFinite(saved) ? saved : 0);
    this.renderDelayValue();
    delay.addEventListener('input', () => this.renderDelayValue());
    delay.addEventListener('change', () => {
      const seconds = Math.max(0, Math.min(120, Math.round(Number(delay.value))));
      sessionStorage.setItem(DELAY_KEY, String(seconds));
      this.onDelay(seconds);
    });
  }

  /** The delay the viewer chose in this tab before (0 when none). */
  savedDelay() {
    return Number(this.q('[data-control="delay"]').value) || 0;
  }

  async load() {
    const { status, body } = await api.control();
    this.info = status === 200 ? body : null;
    if (status !== 200) this.message(status === 404 ? '' : `Replay control unavailable (${status || 'network error'}).`);
    this.render();
  }

  token() {
    return sessionStorage.getItem(TOKEN_KEY);
  }

  /** Shows the controls when viewers may control the replay or a token was entered; else the token link. */
  render() {
    const allowed = !!this.info && (this.info.viewerControl || !!this.token());
    const known = !!this.info;
    this.root.dataset.controlAllowed = allowed ? 'true' : 'false';
    this.q('[data-control="replay"]').hidden = !allowed;
    this.q('[data-control="token-open"]').hidden = !known || allowed || this.tokenFormOpen;
    this.q('[data-control="token-forget"]').hidden = !this.token();
    const reachable = this.info?.replayerReachable !== false;
    this.q('[data-control="unreachable"]').hidden = !known || reachable;
    this.syncState(this.getState());
  }

  /** Keeps the play/pause button and the speed in step with the race clock. */
  syncState(snapshot) {
    const clock = snapshot?.clock;
    const button = this.q('[data-control="playpause"]');
    const paused = !!clock?.paused;
    button.textContent = paused ? '▶ Play' : '❚❚ Pause';
    button.dataset.paused = paused ? 'true' : 'false';
    const speed = this.q('[data-control="speed"]');
    if (document.activeElement !== speed && clock) {
      const value = clock.speed == null ? 'max' : String(clock.speed);
      if ([...speed.options].some((o) => o.value === value)) speed.value = value;
    }
    const lap = this.q('[data-control="seek-lap"]');
    if (snapshot?.lapCount?.totalLaps) lap.max = snapshot.lapCount.totalLaps;
  }

  playPause() {
    const paused = this.getState()?.clock?.paused;
    this.send(paused ? 'resume' : 'pause');
  }

  async send(action) {
    this.message('…');
    const { status, body } = await api.postControl(action, this.token());
    if (status >= 200 && status < 300) {
      this.message('');
    } else if (status === 401) {
      sessionStorage.removeItem(TOKEN_KEY);
      this.message('The control token is wrong: enter it again.');
      this.showTokenForm(true);
      this.render();
    } else if (status === 403) {
      this.message('Viewers may not control this replay: enter the control token.');
      this.showTokenForm(true);
      this.render();
    } else {
      this.message(`The replayer refused: ${body?.error ?? body?.message ?? (status ? `HTTP ${status}` : 'network error')}`);
    }
  }

  showTokenForm(open) {
    this.tokenFormOpen = open;
    this.q('[data-control="token-form"]').hidden = !open;
    if (open) this.q('[data-control="token"]').focus();
    this.render();
  }

  message(text) {
    const m = this.q('[data-control="message"]');
    m.textContent = text;
    m.hidden = !text;
  }

  renderDelayValue() {
    const v = Number(this.q('[data-control="delay"]').value);
    this.q('[data-control="delay-value"]').textContent = v ? `${v} s` : 'live';
  }
}
