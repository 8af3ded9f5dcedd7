/** Snapshots side by side: the focus scenario's figures and control values per variant, and its line per variant. */
import { useState } from 'react';
import { LineChart } from '../../components/charts';
import type { WorkshopControl } from '../../engine';
import { formatMoney } from '../../i18n';
import { breakEvenText, formatInputValue, hasNoSavings, type NumericInput } from '../../model';
import type { Snapshot } from '../../state';
import { useLocale, useT } from '../../i18n';
import { workshopMessages } from './messages';
import type { Figures } from './workshop-results';

type Props = {
  snapshots: Snapshot[];
  now: Figures;
  nowValues: Record<string, string>;
  controls: { control: WorkshopControl; label: string; input: NumericInput }[];
  focusId: string;
  extrapolateTo: number;
  onRemove: (id: string) => void;
  onKeep: (snapshot: Snapshot) => void;
  /** Names a variant (an empty name keeps the old one). */
  onRename: (id: string, label: string) => void;
};

/** A variant's name, editable in place: confirmed with Enter or on leaving the field. */
function VariantName({
  label,
  fieldLabel,
  onRename,
}: {
  label: string;
  fieldLabel: string;
  onRename: (v: string) => void;
}) {
  // Typed text until it is confirmed; null: the field shows the variant's name.
  const [typed, setTyped] = useState<string | null>(null);
  const text = typed ?? label;
  const commit = () => {
    if (text.trim() !== '' && text !== label) onRename(text);
    setTyped(null);
  };
  return (
    <input
      type="text"
      className="ws-variant-name"
      aria-label={fieldLabel}
      value={text}
      size={Math.max(8, text.length)}
      onChange={(e) => setTyped(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}

export function WorkshopSnapshots({
  snapshots,
  now,
  nowValues,
  controls,
  focusId,
  extrapolateTo,
  onRemove,
  onKeep,
  onRename,
}: Props) {
  const t = useT(workshopMessages);
  const locale = useLocale();
  const focusName = now.scenarios.find((s) => s.id === focusId)?.name ?? focusId;
  const nHorizon = now.years.indexOf(now.endYear) + 1;
  if (snapshots.length === 0) return <p className="muted">{t('noSnapshots')}</p>;
  const columns: {
    id: string;
    label: string;
    figures: Figures;
    values: Record<string, string>;
    snapshot?: Snapshot;
  }[] = [
    ...snapshots.map((s) => ({ id: s.id, label: s.label, figures: s, values: s.values, snapshot: s })),
    { id: 'now', label: t('now'), figures: now, values: nowValues },
  ];
  const focus = (f: Figures) => f.scenarios.find((s) => s.id === focusId);
  const rows: [string, (f: Figures) => string][] = [
    [
      t('breakEven'),
      (f) => {
        const s = focus(f);
        return s ? breakEvenText(s.breakEven, s.isBaseline || hasNoSavings(s.cumulative), extrapolateTo, locale) : '—';
      },
    ],
    [t('npv'), (f) => formatMoney(focus(f)?.npv ?? '0', locale)],
    [t('cumulative', { year: now.endYear }), (f) => formatMoney(focus(f)?.cumulativeSavings ?? '0', locale)],
    [t('investment'), (f) => formatMoney(focus(f)?.investment ?? '0', locale)],
  ];
  const datasets = columns.map((c) => ({ label: c.label, data: focus(c.figures)?.cumulative ?? [] }));
  return (
    <div className="ws-snapshots">
      <div className="table-wrap">
        <table className="table ws-compare">
          <caption className="caption-left">{t('compareCaption', { scenario: focusName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('row')}</th>
              {columns.map((c) => (
                <th key={c.id} scope="col" className="num">
                  {c.snapshot ? (
                    <VariantName
                      label={c.label}
                      onRename={(name) => onRename(c.id, name)}
                      fieldLabel={t('variantName', { label: c.label })}
                    />
                  ) : (
                    c.label
                  )}
                  {c.snapshot && (
                    <span className="ws-snapshot-actions">
                      <button
                        type="button"
                        className="button-quiet"
                        onClick={() => onKeep(c.snapshot as Snapshot)}
                        title={t('keepSnapshot')}
                        aria-label={`${t('keepSnapshot')}: ${c.label}`}
                      >
                        {t('keepShort')}
                      </button>
                      <button
                        type="button"
                        className="button-quiet"
                        onClick={() => onRemove(c.id)}
                        aria-label={t('removeSnapshot', { label: c.label })}
                      >
                        {t('removeShort')}
                      </button>
                    </span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {columns.map((c) => (
                  <td key={c.id} className="num">
                    {value(c.figures)}
                  </td>
                ))}
              </tr>
            ))}
            {controls.map(({ control, label, input }) => (
              <tr key={control.id} className="ws-compare-input">
                <th scope="row">{label}</th>
                {columns.map((c) => (
                  <td key={c.id} className="num">
                    {formatInputValue(c.values[control.path] ?? input.value, input.unit, locale)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <LineChart
        label={t('compareChart', { scenario: focusName })}
        labels={now.years}
        labelsHeading={t('year')}
        datasets={datasets}
        dashedFrom={nHorizon}
        height={280}
      />
    </div>
  );
}

/** The snapshots in a row under the live chart (the first screen), each with the focus scenario's key figures. */
export function SnapshotStrip({
  snapshots,
  focusId,
  extrapolateTo,
}: {
  snapshots: Snapshot[];
  focusId: string;
  extrapolateTo: number;
}) {
  const t = useT(workshopMessages);
  const locale = useLocale();
  if (snapshots.length === 0) return null;
  return (
    <ol className="ws-strip" aria-label={t('snapshotsTitle')}>
      {snapshots.map((snap) => {
        const s = snap.scenarios.find((x) => x.id === focusId);
        return (
          <li key={snap.id}>
            <strong>{snap.label}</strong>
            <span>
              {t('breakEven')}:{' '}
              {s ? breakEvenText(s.breakEven, s.isBaseline || hasNoSavings(s.cumulative), extrapolateTo, locale) : '—'}
            </span>
            <span>
              {t('npv')}: {formatMoney(s?.npv ?? '0', locale)}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
