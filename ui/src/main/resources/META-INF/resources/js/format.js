// Formatting of times, gaps and telemetry for display. Pure functions: a missing value gives an em dash,
// never an invented one.

export const DASH = '—';

/** 83456 -> "1:23.456"; 9876 -> "9.876". */
export function lapTime(ms) {
  if (ms == null || !Number.isFinite(ms)) return DASH;
  const neg = ms < 0;
  const abs = Math.abs(Math.round(ms));
  const minutes = Math.floor(abs / 60000);
  const seconds = (abs % 60000) / 1000;
  const text = minutes > 0 ? `${minutes}:${seconds.toFixed(3).padStart(6, '0')}` : seconds.toFixed(3);
  return neg ? `-${text}` : text;
}

/** A sector time: 34845 -> "34.845". */
export function sectorTime(ms) {
  if (ms == null || !Number.isFinite(ms)) return DASH;
  return ms >= 60000 ? lapTime(ms) : (ms / 1000).toFixed(3);
}

/**
 * A gap or interval cell: the server's text when it has one ("LAP 9", "+1 LAP", "+1.234"), else the
 * milliseconds as "+1.234", else a dash.
 */
export function gap(text, ms) {
  if (text != null && text !== '') return text;
  if (ms == null || !Number.isFinite(ms)) return DASH;
  return `+${(ms / 1000).toFixed(3)}`;
}

/** Session time as h:mm:ss: 5463849 -> "1:31:03". */
export function clock(ms) {
  if (ms == null || !Number.isFinite(ms)) return DASH;
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** A whole number, or a dash. */
export function int(n) {
  return n == null || !Number.isFinite(n) ? DASH : String(Math.round(n));
}

/** Tyre compound -> one letter and a CSS class. */
export function compound(name) {
  if (!name) return { letter: '?', cls: 'tyre-unknown', name: 'unknown compound' };
  const upper = name.toUpperCase();
  const table = {
    SOFT: ['S', 'tyre-soft'], MEDIUM: ['M', 'tyre-medium'], HARD: ['H', 'tyre-hard'],
    INTERMEDIATE: ['I', 'tyre-inter'], WET: ['W', 'tyre-wet'],
  };
  const [letter, cls] = table[upper] ?? [upper.charAt(0), 'tyre-unknown'];
  return { letter, cls, name: upper.charAt(0) + upper.slice(1).toLowerCase() };
}

/** A team colour from the feed ("3671C6" or "#3671C6") as CSS, or a neutral grey when missing. */
export function teamColour(hex) {
  if (!hex) return '#8a8f98';
  const h = hex.startsWith('#') ? hex.slice(1) : hex;
  return /^[0-9a-fA-F]{6}$/.test(h) ? `#${h}` : '#8a8f98';
}

/**
 * Brake as a fraction 0..1: fastf1 records it binarised (0/1), cardata as 0/100. Null when unknown.
 */
export function brakeFraction(telemetry) {
  if (!telemetry || telemetry.brake == null) return null;
  if (telemetry.source === 'fastf1' || telemetry.brake <= 1) return telemetry.brake > 0 ? 1 : 0;
  return Math.min(1, telemetry.brake / 100);
}

/**
 * DRS state from a telemetry sample: 'open', 'eligible', 'off' or null when unknown. fastf1 gives 0/1;
 * cardata gives the raw code (8 eligible, 10/12/14 open).
 */
export function drsState(telemetry) {
  if (!telemetry || telemetry.drs == null) return null;
  const d = telemetry.drs;
  if (telemetry.source === 'fastf1') return d > 0 ? 'open' : 'off';
  if (d === 10 || d === 12 || d === 14) return 'open';
  if (d === 8) return 'eligible';
  return 'off';
}

/** Throttle as a fraction 0..1; 104 (the feed's invalid marker) and other out-of-range values give null. */
export function throttleFraction(telemetry) {
  if (!telemetry || telemetry.throttle == null) return null;
  const t = telemetry.throttle;
  return t < 0 || t > 100 ? null : t / 100;
}
