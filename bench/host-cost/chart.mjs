// A dependency-free SVG chart of the main table: script time per configuration (median bar, min–max whisker,
// ratio to baseline) next to the bundle's gzip size.
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
export function chartSvg(rows, title) {
  const rowH = 30, top = 64, left = 150, w1 = 470, gap = 120, w2 = 180, width = left + w1 + gap + w2 + 30;
  const height = top + rows.length * rowH + 40;
  const maxMs = Math.max(...rows.map((r) => r.script.max)) * 1.08, maxKb = Math.max(1, ...rows.map((r) => r.gzip / 1024)) * 1.1;
  const base = rows.find((r) => r.name === 'baseline')?.script.med;
  const x = (ms) => left + (ms / maxMs) * w1, x2 = (kb) => left + w1 + gap + (kb / maxKb) * w2;
  const colour = (n) => n === 'baseline' ? '#9e9e9e' : n.startsWith('sightline') ? '#1e88e5' : '#fb8c00';
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="12" y="22" font-size="14" font-weight="600">${esc(title)}</text>`,
    `<text x="${left}" y="${top - 12}" fill="#555">script ms (ratio to no SDK)</text>`,
    `<text x="${left + w1 + gap}" y="${top - 12}" fill="#555">bundle gzip KiB</text>`];
  const step = maxMs > 2000 ? 500 : maxMs > 800 ? 200 : 100;
  for (let t = 0; t <= maxMs; t += step) out.push(`<line x1="${x(t)}" x2="${x(t)}" y1="${top - 4}" y2="${top + rows.length * rowH}" stroke="#eee"/><text x="${x(t)}" y="${top + rows.length * rowH + 14}" fill="#777" text-anchor="middle">${t}</text>`);
  if (base) out.push(`<line x1="${x(base)}" x2="${x(base)}" y1="${top - 4}" y2="${top + rows.length * rowH}" stroke="#9e9e9e" stroke-dasharray="3 3"/>`);
  rows.forEach((r, i) => {
    const y = top + i * rowH, c = colour(r.name);
    out.push(`<text x="${left - 8}" y="${y + 18}" text-anchor="end">${esc(r.name)}</text>`,
      `<rect x="${left}" y="${y + 6}" width="${Math.max(1, x(r.script.med) - left)}" height="16" fill="${c}"/>`,
      `<line x1="${x(r.script.min)}" x2="${x(r.script.max)}" y1="${y + 14}" y2="${y + 14}" stroke="#333"/>`,
      `<line x1="${x(r.script.min)}" x2="${x(r.script.min)}" y1="${y + 9}" y2="${y + 19}" stroke="#333"/><line x1="${x(r.script.max)}" x2="${x(r.script.max)}" y1="${y + 9}" y2="${y + 19}" stroke="#333"/>`,
      `<text x="${x(r.script.max) + 6}" y="${y + 18}">${Math.round(r.script.med)}${base && r.name !== 'baseline' ? ` (${(r.script.med / base).toFixed(2)}×)` : ''}</text>`);
    if (r.gzip) out.push(`<rect x="${x2(0)}" y="${y + 6}" width="${x2(r.gzip / 1024) - x2(0)}" height="16" fill="${c}" opacity="0.75"/><text x="${x2(r.gzip / 1024) + 5}" y="${y + 18}">${(r.gzip / 1024).toFixed(1)}</text>`);
  });
  out.push(`<text x="12" y="${height - 8}" fill="#777">blue: Sightline, orange: peers, grey: no SDK. Script = CDP ScriptDuration (main-thread CPU time) over load + settle + visit + leave.</text>`, '</svg>');
  return out.join('\n') + '\n';
}
