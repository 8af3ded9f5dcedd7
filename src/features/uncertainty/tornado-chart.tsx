/**
 * The tornado: per input a bar from the base outcome to the outcome at its low and at its high
 * value. Floating bars are not among the shared charts' shapes, so this one is drawn here with
 * their Chart.js set-up, palette and tick format (the table beside it has the exact figures).
 */
import { Chart } from 'react-chartjs-2';
import { BASE_OPTIONS, PALETTE, tickCallback } from '../../components/charts';
import type { Money, SensitivityMetric } from '../../engine';
import { useLocale, useT } from '../../i18n';
import { uncertaintyMessages } from './messages';

type Row = { id: string; label: string; lowResult: Money | number | null; highResult: Money | number | null };
type Props = { rows: Row[]; base: Money | number | null; metric: SensitivityMetric; never: number; label: string };

const MAX_ROWS = 15;

export function TornadoChart({ rows, base, metric, never, label }: Props) {
  const t = useT(uncertaintyMessages);
  const locale = useLocale();
  const value = (v: Money | number | null) => (v === null ? never : Number(v));
  const shown = rows.slice(0, MAX_ROWS);
  const b = value(base);
  const isYear = metric === 'breakEvenYear';
  const data = {
    labels: shown.map((r) => r.label),
    datasets: [
      {
        label: t('low'),
        data: shown.map((r) => [b, value(r.lowResult)] as [number, number]),
        backgroundColor: PALETTE.blue,
      },
      {
        label: t('high'),
        data: shown.map((r) => [b, value(r.highResult)] as [number, number]),
        backgroundColor: PALETTE.vermillion,
      },
    ],
  };
  const ends = shown.flatMap((r) => [value(r.lowResult), value(r.highResult)]);
  const options = {
    ...BASE_OPTIONS,
    interaction: { mode: 'nearest' as const, intersect: true },
    indexAxis: 'y' as const,
    scales: {
      x: {
        beginAtZero: false,
        ticks: {
          callback: (v: number | string, i: number, ticks: readonly { value: number }[]) =>
            isYear ? String(v) : tickCallback('money', locale)(v, i, ticks),
        },
        ...(isYear ? { min: Math.min(b, ...ends) - 1, max: Math.max(b, ...ends) + 1 } : {}),
      },
      y: { stacked: true, ticks: { autoSkip: false } },
    },
    plugins: { legend: { position: 'top' as const } },
  };
  return (
    <div className="tornado-box" style={{ height: `${Math.max(180, 34 * shown.length + 70)}px` }}>
      <Chart type="bar" data={data} options={options} role="img" aria-label={label} />
    </div>
  );
}
