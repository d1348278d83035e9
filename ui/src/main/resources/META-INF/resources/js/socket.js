// The race socket (/ws/race): one connection per page, reconnected with exponential backoff and full jitter.
// Parses each message and hands it on; reports its state for the connection indicator.

const CLOSE_REASONS = {
  1003: 'the server did not know a message type',
  1006: 'the connection dropped',
  1007: 'the server refused a message as invalid',
  1008: 'this page\'s origin is not allowed',
  4008: 'the connection was too slow to keep up',
};

/** Reconnect delay for attempt n (0-based): full jitter between half and all of min(max, base·2^n). */
export function backoffDelay(attempt, baseMs = 500, maxMs = 30000, random = Math.random) {
  const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

export class RaceSocket {
  /**
   * @param handlers {onSnapshot(snapshot, delaySeconds), onDiff(diff), onStatus(status)} where status is
   *   {state: 'connecting'|'live'|'reconnecting', attempt, retryInMs, reason}
   */
  constructor(handlers, url = defaultUrl()) {
    this.handlers = handlers;
    this.url = url;
    this.attempt = 0;
    this.delaySeconds = 0;
    this.ws = null;
    this.retryTimer = null;
    this.pingTimer = null;
    this.stopped = false;
  }

  start() {
    this.stopped = false;
    this.connect();
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.pingTimer);
    this.ws?.close(1000, 'page closed');
  }

  /** Asks the server to delay this viewer's race by `seconds` (0..120); kept across reconnects. */
  setDelay(seconds) {
    this.delaySeconds = seconds;
    this.send({ type: 'delay', seconds });
  }

  /** Drops the connection and opens a new one at once, for a fresh snapshot (e.g. after a version mismatch). */
  resync(reason) {
    this.status({ state: 'connecting', attempt: this.attempt, reason });
    this.ws?.close(4000, 'resync');
  }

  /** Connects again now, skipping the backoff wait. */
  retryNow() {
    clearTimeout(this.retryTimer);
    if (!this.ws || this.ws.readyState === WebSocket.CLOSED) this.connect();
  }

  send(message) {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(message));
  }

  connect() {
    clearTimeout(this.retryTimer);
    this.status({ state: 'connecting', attempt: this.attempt });
    const ws = new WebSocket(this.url);
    this.ws = ws;
    let lastError = null;
    let resync = false;
    ws.onopen = () => {
      if (this.delaySeconds > 0) this.send({ type: 'delay', seconds: this.delaySeconds });
      clearInterval(this.pingTimer);
      this.pingTimer = setInterval(() => this.send({ type: 'ping' }), 25000);
    };
    ws.onmessage = (event) => {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch (e) {
        console.warn('race socket: not JSON', e);
        return;
      }
      if (message.type === 'snapshot') {
        this.attempt = 0;
        this.status({ state: 'live', delaySeconds: message.delaySeconds ?? 0 });
        this.handlers.onSnapshot(message.snapshot, message.delaySeconds ?? 0);
      } else if (message.type === 'diff') {
        this.handlers.onDiff(message.diff);
      } else if (message.type === 'error') {
        lastError = message.error;
      }
    };
    ws.onclose = (event) => {
      clearInterval(this.pingTimer);
      if (this.ws !== ws || this.stopped) return;
      resync = event.code === 4000;
      const reason = lastError ?? CLOSE_REASONS[event.code] ?? (event.reason || `closed (${event.code})`);
      const wait = resync ? 0 : backoffDelay(this.attempt);
      if (!resync) this.attempt++;
      this.status({ state: 'reconnecting', attempt: this.attempt, retryInMs: wait, reason, code: event.code });
      this.retryTimer = setTimeout(() => this.connect(), wait);
    };
  }

  status(s) {
    this.handlers.onStatus?.(s);
  }
}

function defaultUrl() {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/ws/race`;
}
