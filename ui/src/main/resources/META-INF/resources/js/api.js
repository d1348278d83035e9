// The timing-ws HTTP API the page reads: the track, a car's laps and traces, and the replay controls.
// Every call resolves to {status, body}; a network failure gives status 0, so callers can say what happened.

export async function getJson(path, options = {}) {
  try {
    const response = await fetch(path, { headers: { Accept: 'application/json', ...options.headers }, ...options });
    let body = null;
    const text = await response.text();
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = { error: text };
      }
    }
    return { status: response.status, body };
  } catch (e) {
    return { status: 0, body: { error: String(e) } };
  }
}

export const track = () => getJson('/api/track');
export const laps = (car) => getJson(`/api/cars/${encodeURIComponent(car)}/laps`);
export const trace = (car, lap) => getJson(`/api/cars/${encodeURIComponent(car)}/trace?lap=${lap}`);
export const control = () => getJson('/api/control');
export const controlStatus = () => getJson('/api/control/status');

/** POSTs a replay control (`pause`, `resume`, `speed?value=10`, `seek?lap=30`) with the token when there is one. */
export function postControl(action, token) {
  const headers = token ? { Authorization: `Bearer ${token}` } : {};
  return getJson(`/api/control/${action}`, { method: 'POST', headers });
}
