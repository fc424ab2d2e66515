/**
 * One indicator across report years, one line per agency: points labelled in readable units,
 * hedged values drawn hollow with their hedge (40余), targets as dashed diamonds beside the
 * outcome. Exported as SVG, PNG and CSV. Every series is a `<g data-series="<agency>|<indicator>">`.
 */
import { useRef } from 'preact/hooks';
import { t } from '../../components/i18n';
import { readable, type Series, seriesCsv } from '../../export/series';
import { download } from './download';

const COLORS = ['#0a84ff', '#ff9f0a', '#30b158', '#bf5af2', '#ff375f', '#64d2ff', '#a2845e', '#5e5ce6'];

/** The chart of `series` (all of one indicator, measure and unit). */
export function SeriesChart({
  series,
  title,
  onOpen,
}: {
  series: Series[];
  title: string;
  onOpen?(id: string, at: number): void;
}) {
  const svg = useRef<SVGSVGElement>(null);
  const all = series.flatMap((s) => [...s.points, ...s.targets]);
  const years = [...new Set(all.map((p) => p.year))].sort((a, b) => a - b);
  const w = 760;
  const h = 300;
  const left = 70;
  // Room on the right for the labels of targets at the last year (drawn to the right of their mark).
  const lastYear = years[years.length - 1];
  const right = series.some((s) => s.targets.some((p) => p.year === lastYear)) ? 96 : 24;
  const top = 24;
  const bottom = 40;
  const values = all.map((p) => p.value);
  const lo = Math.min(0, ...values);
  const hi = Math.max(...values, lo + 1);
  const x = (year: number) =>
    years.length === 1
      ? (left + w - right) / 2
      : left + ((w - left - right) * years.indexOf(year)) / (years.length - 1);
  const y = (v: number) => top + (h - top - bottom) * (1 - (v - lo) / (hi - lo));
  const unit = series[0]?.unit ?? '';
  const ticks = [lo, lo + (hi - lo) / 2, hi];
  // Labels at one year that would overlap are moved apart, 12 px at least, top one first.
  const spread = (pick: (s: Series) => Series['points'], dy: number) => {
    const at = new Map<string, number>();
    for (const yr of years) {
      const here = series.flatMap((s) =>
        pick(s)
          .filter((p) => p.year === yr)
          .map((p) => ({ key: `${s.key}|${yr}`, y: y(p.value) + dy })),
      );
      here.sort((a, b) => a.y - b.y);
      for (let i = 1; i < here.length; i++) if (here[i].y - here[i - 1].y < 12) here[i].y = here[i - 1].y + 12;
      for (const l of here) at.set(l.key, l.y);
    }
    return at;
  };
  const pointLabelY = spread((s) => s.points, -9);
  const targetLabelY = spread((s) => s.targets, 4);
  // The legend wraps, four series a row.
  const perRow = 4;
  const legendRows = Math.max(1, Math.ceil(series.length / perRow));
  const fullH = h + 24 + legendRows * 16;
  const legendName = (s: Series) => {
    const name = s.agency.length > 10 ? `${s.agency.slice(0, 10)}…` : s.agency;
    return s.base ? `${name}（${t('chartVsBase', s.base)}）` : name;
  };

  const name = title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60);
  const svgText = () => {
    const el = svg.current;
    if (!el) return '';
    const copy = el.cloneNode(true) as SVGSVGElement;
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    return new XMLSerializer().serializeToString(copy);
  };
  const png = async () => {
    const img = new Image();
    const url = URL.createObjectURL(new Blob([svgText()], { type: 'image/svg+xml' }));
    await new Promise((ok, fail) => {
      img.onload = ok;
      img.onerror = fail;
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = w * 2;
    canvas.height = fullH * 2;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    URL.revokeObjectURL(url);
    const blob = await new Promise<Blob | null>((ok) => canvas.toBlob(ok, 'image/png'));
    if (blob) download(`${name}.png`, [blob], 'image/png');
  };

  return (
    <figure class="chart" data-testid="chart">
      <figcaption>
        <span>{title}</span>
        <span class="chart-tools">
          <button
            type="button"
            onClick={() => download(`${name}.svg`, svgText(), 'image/svg+xml')}
            data-testid="chart-svg"
          >
            SVG
          </button>
          <button type="button" onClick={png} data-testid="chart-png">
            PNG
          </button>
          <button
            type="button"
            onClick={() => download(`${name}.csv`, seriesCsv(series), 'text/csv;charset=utf-8')}
            data-testid="chart-csv"
          >
            CSV
          </button>
        </span>
      </figcaption>
      <svg ref={svg} viewBox={`0 0 ${w} ${fullH}`} role="img" aria-label={title} font-family="sans-serif">
        <rect x="0" y="0" width={w} height={fullH} fill="#fff" />
        {ticks.map((v) => (
          <g key={v}>
            <line x1={left} x2={w - right} y1={y(v)} y2={y(v)} stroke="#e5e5ea" />
            <text x={left - 6} y={y(v) + 4} text-anchor="end" font-size="11" fill="#6e6e73">
              {readable(v, unit)}
            </text>
          </g>
        ))}
        {years.map((yr) => (
          <text key={yr} x={x(yr)} y={h - bottom + 18} text-anchor="middle" font-size="11" fill="#515154">
            {yr}
          </text>
        ))}
        {series.map((s, i) => {
          const color = COLORS[i % COLORS.length];
          const path = s.points.map((p, k) => `${k ? 'L' : 'M'}${x(p.year)},${y(p.value)}`).join(' ');
          return (
            <g key={s.key} data-series={s.key}>
              {s.points.length > 1 && <path d={path} fill="none" stroke={color} stroke-width="2" />}
              {s.points.map((p) => (
                <a
                  key={`p${p.year}`}
                  class="pt"
                  data-year={p.year}
                  href={`?clip=${encodeURIComponent(p.clipId)}&at=${p.start}`}
                  aria-label={`${s.agency} ${p.year} ${p.text}`}
                  onClick={(e) => {
                    if (!onOpen) return;
                    e.preventDefault();
                    onOpen(p.clipId, p.start);
                  }}
                >
                  <title>{`${s.agency} ${p.year}：${p.text}${p.others ? ` (${t('chartOthers', p.others)})` : ''}`}</title>
                  <circle
                    cx={x(p.year)}
                    cy={y(p.value)}
                    r="4.5"
                    fill={p.approx ? '#fff' : color}
                    stroke={color}
                    stroke-width="2"
                    data-approx={p.approx ? 'yes' : 'no'}
                  />
                  <text
                    x={x(p.year)}
                    y={pointLabelY.get(`${s.key}|${p.year}`) ?? y(p.value) - 9}
                    text-anchor="middle"
                    font-size="11"
                    fill="#1d1d1f"
                  >
                    {readable(p.value, unit)}
                    {p.hedge ? p.hedge.replace('…', '') : ''}
                  </text>
                </a>
              ))}
              {s.targets.map((p) => (
                <g key={`t${p.year}`} class="target" data-year={p.year}>
                  <title>{`${t('chartTarget')} ${s.agency} ${p.year}：${p.text}`}</title>
                  <rect
                    x={x(p.year) - 5}
                    y={y(p.value) - 5}
                    width="10"
                    height="10"
                    transform={`rotate(45 ${x(p.year)} ${y(p.value)})`}
                    fill="none"
                    stroke={color}
                    stroke-dasharray="2 2"
                    stroke-width="1.5"
                  />
                  <text
                    x={x(p.year) + 90 > w ? x(p.year) - 10 : x(p.year) + 10}
                    y={targetLabelY.get(`${s.key}|${p.year}`) ?? y(p.value) + 4}
                    text-anchor={x(p.year) + 90 > w ? 'end' : 'start'}
                    font-size="10"
                    fill={color}
                  >
                    {t('chartTarget')} {readable(p.value, unit)}
                  </text>
                </g>
              ))}
            </g>
          );
        })}
        <g class="legend">
          {series.map((s, i) => {
            const lx = left + (i % perRow) * 170;
            const ly = h + 12 + Math.floor(i / perRow) * 16;
            return (
              <g key={s.key}>
                <rect x={lx} y={ly} width="10" height="10" rx="2" fill={COLORS[i % COLORS.length]} />
                <text x={lx + 14} y={ly + 9} font-size="11" fill="#1d1d1f">
                  {legendName(s)}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
    </figure>
  );
}
