import type { PageContext } from '../page-context';

export interface ProgressPoint {
  reportedOn: string;
  progress: number;
}

const WIDTH = 360;
const HEIGHT = 150;
const PAD_X = 40;
const PAD_TOP = 12;
const PAD_BOTTOM = 28;

/**
 * One implementation's progress over time as an SVG line chart (0–100 % against the report dates),
 * server-drawn, no script. Time runs in the reading direction: right to left on RTL pages. The
 * figures are also in a table under it, for screen readers and for copying.
 */
export function ProgressChart(props: { ctx: PageContext; id: string; label: string; points: readonly ProgressPoint[] }) {
  const { ctx } = props;
  const points = [...props.points].sort((a, b) => a.reportedOn.localeCompare(b.reportedOn));
  const rtl = ctx.info.dir === 'rtl';
  const times = points.map((point) => Date.parse(point.reportedOn));
  const first = Math.min(...times);
  const last = Math.max(...times);
  const span = last - first || 1;
  const plotWidth = WIDTH - 2 * PAD_X;
  const plotHeight = HEIGHT - PAD_TOP - PAD_BOTTOM;
  const xOf = (time: number): number => {
    const share = points.length > 1 ? (time - first) / span : 0.5;
    return Math.round((rtl ? WIDTH - PAD_X - share * plotWidth : PAD_X + share * plotWidth) * 10) / 10;
  };
  const yOf = (progress: number): number => Math.round((PAD_TOP + (1 - Math.max(0, Math.min(100, progress)) / 100) * plotHeight) * 10) / 10;
  const line = points.map((point, index) => `${xOf(times[index])},${yOf(point.progress)}`).join(' ');
  const titleId = `${props.id}-title`;
  const latest = points[points.length - 1];
  const summary = latest ? `${props.label}: ${ctx.percent(latest.progress)} (${ctx.date(latest.reportedOn)})` : props.label;
  const axisStart = rtl ? WIDTH - PAD_X : PAD_X;
  const axisEnd = rtl ? PAD_X : WIDTH - PAD_X;
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{summary}</title>
        {[0, 50, 100].map((tick) => (
          <g class="grid">
            <line x1={PAD_X} x2={WIDTH - PAD_X} y1={yOf(tick)} y2={yOf(tick)} />
            <text x={rtl ? WIDTH - PAD_X + 6 : PAD_X - 6} y={yOf(tick) + 4} text-anchor={rtl ? 'start' : 'end'}>
              {ctx.percent(tick)}
            </text>
          </g>
        ))}
        {points.length ? (
          <g class="axis-dates">
            <text x={xOf(times[0])} y={HEIGHT - 8} text-anchor={points.length > 1 ? (rtl ? 'end' : 'start') : 'middle'}>
              {ctx.date(points[0].reportedOn)}
            </text>
            {points.length > 1 ? (
              <text x={xOf(times[times.length - 1])} y={HEIGHT - 8} text-anchor={rtl ? 'start' : 'end'}>
                {ctx.date(latest.reportedOn)}
              </text>
            ) : null}
          </g>
        ) : null}
        <line class="axis" x1={axisStart} x2={axisEnd} y1={yOf(0)} y2={yOf(0)} />
        {points.length > 1 ? <polyline class="line" points={line} /> : null}
        {points.map((point, index) => (
          <circle class="point" cx={xOf(times[index])} cy={yOf(point.progress)} r="4">
            <title>{`${ctx.date(point.reportedOn)}: ${ctx.percent(point.progress)}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption>
        <details>
          <summary>{ctx.t.progressOverTime}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{ctx.t.reportedOn}</th>
                <th scope="col">{ctx.t.progress}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr>
                  <td>
                    <time datetime={point.reportedOn}>{ctx.date(point.reportedOn)}</time>
                  </td>
                  <td>{ctx.percent(point.progress)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
