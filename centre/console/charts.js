// Line charts as inline SVG, drawn in the page (no library, no CDN): the post page's health over time.

const ns = 'http://www.w3.org/2000/svg';
const W = 560;
const H = 130;
const PAD = { left: 48, right: 10, top: 24, bottom: 20 };

function svgElement(name, attributes, text) {
  const element = document.createElementNS(ns, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

const clock = (ms) => new Date(ms).toISOString().slice(11, 16) + 'Z';

/**
 * One series over time: `points` are {t: Unix ms, v: number | null}; a null breaks the line (no
 * value then: the link was down, the sensor absent). The label says the range and the latest
 * value for a screen reader.
 */
export function lineChart(title, unit, points) {
  const known = points.filter((point) => point.v !== null);
  const svg = svgElement('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img' });
  svg.append(svgElement('text', { x: 4, y: 12, class: 'chart-title' }, `${title} (${unit})`));
  if (known.length === 0) {
    svg.setAttribute('aria-label', `${title}: no values`);
    svg.append(svgElement('text', { x: PAD.left, y: H / 2 }, 'no values in this period'));
    return svg;
  }
  const values = known.map((point) => point.v);
  let [low, high] = [Math.min(...values), Math.max(...values)];
  if (high === low) [low, high] = [low - 1, high + 1];
  const [first, last] = [points[0].t, points[points.length - 1].t];
  const span = Math.max(1, last - first);
  const x = (t) => PAD.left + ((t - first) / span) * (W - PAD.left - PAD.right);
  const y = (v) => H - PAD.bottom - ((v - low) / (high - low)) * (H - PAD.top - PAD.bottom);
  svg.append(
    svgElement('line', { x1: PAD.left, y1: H - PAD.bottom, x2: W - PAD.right, y2: H - PAD.bottom, class: 'axis' }),
    svgElement('line', { x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: H - PAD.bottom, class: 'axis' }),
    svgElement('text', { x: PAD.left - 4, y: PAD.top + 4, 'text-anchor': 'end' }, String(high)),
    svgElement('text', { x: PAD.left - 4, y: H - PAD.bottom, 'text-anchor': 'end' }, String(low)),
    svgElement('text', { x: PAD.left, y: H - 4 }, clock(first)),
    svgElement('text', { x: W - PAD.right, y: H - 4, 'text-anchor': 'end' }, clock(last)),
  );
  // Runs of known values, each its own polyline.
  let run = [];
  const flush = () => {
    if (run.length === 1) svg.append(svgElement('circle', { cx: run[0][0], cy: run[0][1], r: 2, class: 'series' }));
    if (run.length > 1) svg.append(svgElement('polyline', { points: run.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' '), class: 'series' }));
    run = [];
  };
  for (const point of points) {
    if (point.v === null) flush();
    else run.push([x(point.t), y(point.v)]);
  }
  flush();
  svg.setAttribute('aria-label', `${title}: from ${low} to ${high} ${unit}, latest ${known[known.length - 1].v} ${unit}`);
  return svg;
}
