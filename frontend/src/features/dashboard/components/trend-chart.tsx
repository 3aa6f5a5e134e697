import { Box, Text, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import type { TrendDay } from '../api/get-dashboard';

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { top: 16, right: 16, bottom: 28, left: 40 };

/**
 * Submissions day by day through September: bars for each day, a line for the running total (its own scale,
 * right). An SVG of our own (no chart library); a screen reader gets the title, a summary and the figures as
 * a table.
 */
/** Short French month names, for the first day of a month on the axis. */
const MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

export function TrendChart({ trend, title }: { trend: TrendDay[]; title: string }) {
  const titleId = useId();
  const descId = useId();
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const maxDay = Math.max(1, ...trend.map((d) => d.submissions ?? 0));
  const maxTotal = Math.max(1, ...trend.map((d) => d.cumulative ?? 0));
  const step = innerW / Math.max(1, trend.length);
  const barW = Math.max(2, step * 0.6);
  const y = (value: number, max: number) => PAD.top + innerH - (value / max) * innerH;
  const line = trend
    .map((d, i) => `${i === 0 ? 'M' : 'L'}${(PAD.left + step * i + step / 2).toFixed(1)},${y(d.cumulative ?? 0, maxTotal).toFixed(1)}`)
    .join(' ');
  const total = trend.length ? (trend[trend.length - 1].cumulative ?? 0) : 0;
  const best = trend.reduce<TrendDay | null>((a, d) => ((d.submissions ?? 0) > (a?.submissions ?? 0) ? d : a), null);
  const summary =
    `${total} adhésion${total > 1 ? 's' : ''} envoyée${total > 1 ? 's' : ''} au 30 septembre` +
    (best ? ` ; le jour le plus chargé : le ${Number(best.date!.slice(8))} septembre (${best.submissions}).` : '.');

  return (
    <Box>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        style={{ maxWidth: WIDTH, display: 'block' }}
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{summary}</desc>
        {/* axes */}
        <line x1={PAD.left} y1={PAD.top + innerH} x2={WIDTH - PAD.right} y2={PAD.top + innerH} stroke="#868e96" />
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={PAD.top + innerH} stroke="#868e96" />
        <text x={PAD.left - 6} y={PAD.top + 4} textAnchor="end" fontSize="11" fill="#495057">
          {maxDay}
        </text>
        <text x={PAD.left - 6} y={PAD.top + innerH} textAnchor="end" fontSize="11" fill="#495057">
          0
        </text>
        <text x={WIDTH - PAD.right} y={PAD.top - 4} textAnchor="end" fontSize="11" fill="#1864ab">
          cumul : {maxTotal}
        </text>
        {trend.map((d, i) => {
          const h = ((d.submissions ?? 0) / maxDay) * innerH;
          const x = PAD.left + step * i + (step - barW) / 2;
          const day = Number(d.date!.slice(8));
          // September alone: 1, 5, 10…; a longer run (a deadline past): the first and the 15th of each month
          const labelled = trend.length > 40 ? day === 1 || day === 15 : day === 1 || day % 5 === 0;
          const label = day === 1 && i > 0 ? `1 ${MONTHS[Number(d.date!.slice(5, 7)) - 1]}` : String(day);
          return (
            <g key={d.date}>
              <rect x={x} y={PAD.top + innerH - h} width={barW} height={h} fill="#0c8599" rx={1} />
              {labelled && (
                <text x={x + barW / 2} y={HEIGHT - 10} textAnchor="middle" fontSize="11" fill="#495057">
                  {label}
                </text>
              )}
            </g>
          );
        })}
        <path d={line} fill="none" stroke="#1864ab" strokeWidth={2} />
      </svg>
      <Text size="xs" c="dimmed" aria-hidden>
        Barres : adhésions envoyées chaque jour ; ligne : total envoyé à ce jour.
      </Text>
      <VisuallyHidden>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Jour</th>
              <th scope="col">Envoyées ce jour</th>
              <th scope="col">Total à ce jour</th>
            </tr>
          </thead>
          <tbody>
            {trend.map((d) => (
              <tr key={d.date}>
                <th scope="row">{Number(d.date!.slice(8))} septembre</th>
                <td>{d.submissions}</td>
                <td>{d.cumulative}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </Box>
  );
}
