// uPlot charts of the driver panel: a lap trace against distance (current lap over the best lap) and lap
// times of several drivers. uPlot is loaded as a WebJar; without it the panel says charts are unavailable.

let uPlotModule = null;

/** Loads uPlot once; resolves to the constructor, or null when the WebJar cannot be loaded. */
export async function loadUPlot() {
  if (uPlotModule !== null) return uPlotModule || null;
  try {
    uPlotModule = (await import('/webjars/uplot/dist/uPlot.esm.js')).default;
  } catch (e) {
    console.warn('uPlot could not be loaded', e);
    uPlotModule = false;
  }
  return uPlotModule || null;
}

const AXIS = { stroke: '#9aa3b2', grid: { stroke: 'rgba(255,255,255,0.06)' }, ticks: { stroke: 'rgba(255,255,255,0.1)' } };

/**
 * Joins two series that have their own x values (e.g. two laps sampled at different distances) onto one
 * ascending x array, with null where a series has no sample; uPlot draws across the gaps (spanGaps).
 * Each input is {x: [], ys: [[], ...]}; the result is [x, ...ysOfA, ...ysOfB].
 */
export function joinSeries(a, b) {
  const pa = a.x.map((x, i) => [x, i]).filter(([x]) => x != null).sort((p, q) => p[0] - q[0]);
  const pb = b.x.map((x, i) => [x, i]).filter(([x]) => x != null).sort((p, q) => p[0] - q[0]);
  const x = [];
  const ya = a.ys.map(() => []);
  const yb = b.ys.map(() => []);
  let i = 0;
  let j = 0;
  while (i < pa.length || j < pb.length) {
    const takeA = j >= pb.length || (i < pa.length && pa[i][0] <= pb[j][0]);
    if (takeA) {
      const [xv, k] = pa[i++];
      x.push(xv);
      a.ys.forEach((s, n) => ya[n].push(s[k] ?? null));
      b.ys.forEach((s, n) => yb[n].push(null));
    } else {
      const [xv, k] = pb[j++];
      x.push(xv);
      a.ys.forEach((s, n) => ya[n].push(null));
      b.ys.forEach((s, n) => yb[n].push(s[k] ?? null));
    }
  }
  return [x, ...ya, ...yb];
}

/** A chart that follows its container's width. */
export class Chart {
  constructor(root, opts, height) {
    this.root = root;
    this.opts = opts;
    this.height = height;
    this.plot = null;
    this.data = null;
    this.observedWidth = 0;
    this.resizeFrame = 0;
    // Resizing the plot inside the observer's callback can change the observed box again in the
    // same frame ("ResizeObserver loop completed with undelivered notifications"): act only on a
    // real width change, and do it on the next animation frame.
    new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1].contentRect.width);
      if (width === this.observedWidth) return;
      this.observedWidth = width;
      cancelAnimationFrame(this.resizeFrame);
      this.resizeFrame = requestAnimationFrame(() => this.plot?.setSize({ width: this.width(), height: this.height }));
    }).observe(root);
  }

  width() {
    return Math.max(200, this.root.clientWidth);
  }

  async set(data, seriesOverride) {
    const UPlot = await loadUPlot();
    this.data = data;
    if (!UPlot) {
      this.root.textContent = 'Charts are unavailable: the uPlot library could not be loaded.';
      this.root.dataset.unavailable = 'true';
      return;
    }
    const series = seriesOverride ?? this.opts.series;
    const shape = series.map((s) => `${s.label}|${s.stroke}|${s.dash ?? ''}`).join(',');
    if (!this.plot || this.shape !== shape) {
      this.plot?.destroy();
      this.root.replaceChildren();
      this.shape = shape;
      this.plot = new UPlot({ ...this.opts, series, width: this.width(), height: this.height }, data, this.root);
    } else {
      this.plot.setData(data);
    }
  }

  clear() {
    this.plot?.destroy();
    this.plot = null;
    this.data = null;
    this.root.replaceChildren();
  }
}

/** Options of a trace chart (x: distance in m) with the given y series. */
export function traceOptions(yLabel, series, yRange) {
  return {
    legend: { show: true },
    cursor: { drag: { x: true, y: false } },
    scales: { x: { time: false }, y: yRange ? { range: yRange } : {} },
    axes: [
      { ...AXIS, label: 'Distance (m)', labelSize: 18, size: 32 },
      { ...AXIS, label: yLabel, labelSize: 18, size: 44 },
    ],
    series: [{ label: 'm', value: (u, v) => (v == null ? '—' : `${Math.round(v)} m`) }, ...series],
  };
}

/** Options of the lap-time chart (x: lap, y: seconds). */
export function lapOptions() {
  return {
    legend: { show: true },
    scales: { x: { time: false }, y: {} },
    axes: [
      { ...AXIS, label: 'Lap', labelSize: 18, size: 32, incrs: [1, 2, 5, 10, 20] },
      { ...AXIS, label: 'Lap time (s)', labelSize: 18, size: 50 },
    ],
    series: [{ label: 'Lap' }],
  };
}
