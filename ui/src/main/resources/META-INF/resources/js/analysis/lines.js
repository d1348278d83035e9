// uPlot helpers of the line charts (standings, lap chart): axis styling, one series per driver, and the code of
// each line written at its last point so the chart reads without the legend.

export const AXIS = { stroke: '#9aa3b2', grid: { stroke: 'rgba(255,255,255,0.07)' }, ticks: { stroke: 'rgba(255,255,255,0.12)' } };

/** uPlot series of driver lines: {label, colour, dash, values, single} -> series options. */
export function lineSeries(lines, unit = '', integer = false) {
  return lines.map((l) => ({
    label: l.label,
    stroke: l.colour,
    width: 2,
    dash: l.dash ? [6, 4] : undefined,
    spanGaps: false,
    points: { show: l.single ?? false, size: 7, fill: l.colour },
    value: (u, v) => (v == null ? '—' : `${integer ? Math.round(v) : v}${unit}`),
  }));
}

/** A uPlot plugin writing each shown series' label just right of its last non-null point. */
export function endLabels() {
  return {
    hooks: {
      draw: [(u) => {
        const { ctx } = u;
        const dpr = devicePixelRatio || 1;
        ctx.save();
        ctx.font = `600 ${11 * dpr}px system-ui, sans-serif`;
        ctx.textBaseline = 'middle';
        ctx.textAlign = 'left';
        u.series.forEach((s, i) => {
          if (i === 0 || !s.show) return;
          const ys = u.data[i];
          let j = ys.length - 1;
          while (j >= 0 && ys[j] == null) j--;
          if (j < 0) return;
          const x = u.valToPos(u.data[0][j], 'x', true);
          const y = u.valToPos(ys[j], 'y', true);
          ctx.fillStyle = typeof s.stroke === 'function' ? s.stroke(u, i) : s.stroke;
          ctx.fillText(s.label, x + 5 * dpr, y);
        });
        ctx.restore();
      }],
    },
  };
}
