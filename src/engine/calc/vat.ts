/**
 * VAT on a shared party's charges (model-v3 §10.6), computed from a scenario's final
 * allocation and booked into its ledger in category `vat`:
 *
 * * `charged`: per municipality m, shared party X and year, on m's allocated cost from X in
 *   every category but `exit`, the recurring and the one-off part apart:
 *   V = round(rate × allocated); m bears V − round(V × compensable_m(y)) (owner m).
 * * `exempt`: X cannot deduct the VAT on its own purchases: per category c of X (not `vat`,
 *   `exit`, `friction`), its own cost less write-offs — for personnel-group categories the
 *   hired part of its staff cost, per staff entry and year round(fte × h × hired × index ×
 *   scale) — and per part round(rate × inputShare × P), owner X, split by X's key for c.
 *
 * The same rules on a cash ledger give the VAT of the cash view (§10.3).
 */
import { compileYearMap, modelError, type ModelFile, valueAt, VAT_DEFAULTS } from '../model';
import { dec, type Decimal, exactDecimal, exactKernel, ONE, roundCents, splitCents, toCents } from '../numeric';
import { allocationKeyOf, factorProduct, type Params, type ResolvedStaff } from '../resolve';
import type { Contribution } from './contribution-core';
import { costPerFte } from './contributions';
import { indexAt, type IndexMemo } from './indexation';
import { cell, type Layout, type Leaving, type Ledger, membersOf, splitWeights, type WeightTable } from './ledger';

export type VatContext = {
  model: ModelFile;
  layout: Layout;
  memo: IndexMemo;
  personnelCategories: Set<string>;
  partyPath: (id: string) => string;
  /** leave (model-v3 §10.4): members that left a shared party weigh 0 in its keys from their year on. */
  leaving?: readonly Leaving[];
  /** When given, collects each shared party's recurring exempt VAT and each member's part of it (for §10.4's `C_vat`). */
  exemptShares?: ExemptVatShares;
};

/**
 * Per shared party, its recurring exempt VAT per year index and each member's allocated part of it.
 * Exempt VAT is split by the key of the category it is paid on, not the key for `vat`, so a
 * member's allocated `vat` from the party cannot be found again by splitting the party's `vat` cell.
 */
export type ExemptVatShares = Map<string, { total: number[]; byMember: Map<string, number[]> }>;

/** Categories exempt VAT is never paid on (severance, settlements, VAT itself). */
const NO_INPUT_VAT = new Set(['vat', 'exit', 'friction']);

/** Whether any shared party of the model has a VAT regime other than `none`. */
export function hasVat(model: ModelFile): boolean {
  return model.parties.some((p) => p.kind === 'shared' && (p.vat?.regime ?? VAT_DEFAULTS.regime) !== 'none');
}

/**
 * Books the VAT of one scenario into `ledger` (owner cells and, after allocation, party cells)
 * and returns the owner-cell contributions it booked, so that a child booking from this
 * ledger takes them out again (ledger.ts `bookEntries`). `disinvestments` are the write-offs
 * booked in the ledger (none in the cash view).
 */
export function bookVat(
  ctx: VatContext,
  params: Params,
  weights: WeightTable,
  ledger: Ledger,
  staff: readonly ResolvedStaff[],
  disinvestments: readonly Contribution[],
): Contribution[] {
  const out: Contribution[] = [];
  const { layout } = ctx;
  const vatIndex = layout.categoryIndex.get('vat');
  for (const x of layout.shared) {
    const vat = ctx.model.parties.find((p) => p.id === x)?.vat;
    const regime = vat?.regime ?? VAT_DEFAULTS.regime;
    if (regime === 'none') continue;
    if (vatIndex === undefined) throw new Error('the category "vat" is missing');
    const rate = dec(vat?.rate ?? VAT_DEFAULTS.rate);
    if (regime === 'charged') charged(ctx, params, weights, ledger, x, rate, vatIndex, out);
    else {
      const inputRate = rate.times(dec(vat?.inputShare ?? VAT_DEFAULTS.inputShare));
      exempt(ctx, params, weights, ledger, x, inputRate, vatIndex, staff, disinvestments, out);
    }
  }
  return out;
}

/** The collector of a shared party's exempt VAT shares, when the context asks for them. */
function exemptSharesOf(ctx: VatContext, x: string): { total: number[]; byMember: Map<string, number[]> } | undefined {
  const all = ctx.exemptShares;
  if (all === undefined) return undefined;
  let shares = all.get(x);
  if (shares === undefined) {
    shares = { total: new Array<number>(ctx.layout.nYears).fill(0), byMember: new Map() };
    all.set(x, shares);
  }
  return shares;
}

/** Adds cents to a ledger cell pair (owner or party view). */
function addTo(cells: Float64Array, i: number, cents: number): void {
  cells[i] = (cells[i] as number) + cents;
}

/** X's cost of category index k in year index y split over its key's members, or null when it has none. */
function split(
  ctx: VatContext,
  params: Params,
  weights: WeightTable,
  x: string,
  k: number,
  y: number,
  cents: number,
): { members: string[]; parts: number[] } | null {
  if (cents === 0) return null;
  const { layout } = ctx;
  const category = layout.categories[k] as string;
  const key = allocationKeyOf(params, x, category);
  const year = layout.startYear + y;
  const leavers = (ctx.leaving ?? []).filter((l) => l.shared === x);
  const prepared = splitWeights(layout, params, weights, key, year, leavers);
  if (prepared === null)
    throw modelError([
      {
        path: ctx.partyPath(x),
        message: `all allocation weights are 0 for category "${category}" in ${year} (shared party "${x}")`,
      },
    ]);
  return { members: membersOf(layout, key), parts: splitCents(cents, prepared) };
}

function charged(
  ctx: VatContext,
  params: Params,
  weights: WeightTable,
  ledger: Ledger,
  x: string,
  rate: Decimal,
  vatIndex: number,
  out: Contribution[],
): void {
  const { layout } = ctx;
  const xp = layout.partyIndex.get(x) as number;
  const exitIndex = layout.categoryIndex.get('exit');
  // m's allocated cost from X per year, recurring and one-off apart: X's cells split again by the same keys.
  const rec = new Map(layout.municipalities.map((m) => [m, new Array<number>(layout.nYears).fill(0)]));
  const one = new Map(layout.municipalities.map((m) => [m, new Array<number>(layout.nYears).fill(0)]));
  for (let k = 0; k < layout.categories.length; k += 1) {
    if (k === exitIndex) continue;
    for (let y = 0; y < layout.nYears; y += 1) {
      const i = cell(layout, xp, k, y);
      for (const [target, cents] of [
        [rec, ledger.ownerRecurring[i] as number],
        [one, ledger.ownerOneOff[i] as number],
      ] as const) {
        const s = split(ctx, params, weights, x, k, y, cents);
        s?.members.forEach((m, j) => {
          const series = target.get(m) as number[];
          series[y] = (series[y] as number) + (s.parts[j] as number);
        });
      }
    }
  }
  for (const m of layout.municipalities) {
    const mp = layout.partyIndex.get(m) as number;
    const compensable = compileYearMap(ctx.model.parties.find((p) => p.id === m)?.vat?.compensable, ONE);
    for (let y = 0; y < layout.nYears; y += 1) {
      for (const isOneOff of [false, true]) {
        const allocated = ((isOneOff ? one : rec).get(m) as number[])[y] as number;
        if (allocated === 0) continue;
        const v = roundCents(rate.times(allocated));
        const cents = v - roundCents(dec(v).times(valueAt(compensable, layout.startYear + y)));
        if (cents === 0) continue;
        const i = cell(layout, mp, vatIndex, y);
        addTo(isOneOff ? ledger.ownerOneOff : ledger.ownerRecurring, i, cents);
        addTo(isOneOff ? ledger.partyOneOff : ledger.partyRecurring, i, cents);
        out.push({ owner: m, category: 'vat', year: layout.startYear + y, cents, isOneOff, kind: 'vat' });
      }
    }
  }
}

/** The hired part of X's staff cost in category c per year index (exempt VAT's base for personnel-group categories). */
function hiredCost(ctx: VatContext, params: Params, staff: readonly ResolvedStaff[], x: string, c: string): number[] {
  const { layout } = ctx;
  const out = new Array<number>(layout.nYears).fill(0);
  for (const st of staff) {
    if (st.party !== x || st.category !== c) continue;
    const { hired } = costPerFte(params, x, st.group);
    for (let y = 0; y < layout.nYears; y += 1) {
      const year = layout.startYear + y;
      let amount = st
        .fteAt(year)
        .times(st.hiredAt(year))
        .times(hired)
        .times(indexAt(ctx.memo, params, c, year));
      if (st.scales.length > 0) amount = amount.times(exactDecimal(factorProduct(exactKernel, st.scales, year)));
      out[y] = (out[y] as number) + toCents(amount);
    }
  }
  return out;
}

function exempt(
  ctx: VatContext,
  params: Params,
  weights: WeightTable,
  ledger: Ledger,
  x: string,
  inputRate: Decimal,
  vatIndex: number,
  staff: readonly ResolvedStaff[],
  disinvestments: readonly Contribution[],
  out: Contribution[],
): void {
  const { layout } = ctx;
  const xp = layout.partyIndex.get(x) as number;
  for (let k = 0; k < layout.categories.length; k += 1) {
    const c = layout.categories[k] as string;
    if (NO_INPUT_VAT.has(c)) continue;
    const isPersonnel = ctx.personnelCategories.has(c);
    const hired = isPersonnel ? hiredCost(ctx, params, staff, x, c) : null;
    for (let y = 0; y < layout.nYears; y += 1) {
      const i = cell(layout, xp, k, y);
      const year = layout.startYear + y;
      const writeOff = disinvestments
        .filter((d) => d.owner === x && d.category === c && d.year === year)
        .reduce((a, d) => a + d.cents, 0);
      const parts: [boolean, number][] =
        hired !== null
          ? [[false, hired[y] as number]]
          : [
              [false, ledger.ownerRecurring[i] as number],
              [true, (ledger.ownerOneOff[i] as number) - writeOff],
            ];
      for (const [isOneOff, base] of parts) {
        const cents = base === 0 ? 0 : roundCents(inputRate.times(base));
        if (cents === 0) continue;
        const vatCell = cell(layout, xp, vatIndex, y);
        addTo(isOneOff ? ledger.ownerOneOff : ledger.ownerRecurring, vatCell, cents);
        out.push({ owner: x, category: 'vat', year, cents, isOneOff, kind: 'vat' });
        // Split by X's key for c (not its key for vat): the VAT follows the cost it is paid on.
        const s = split(ctx, params, weights, x, k, y, cents) as { members: string[]; parts: number[] };
        const shares = isOneOff ? undefined : exemptSharesOf(ctx, x);
        if (shares) shares.total[y] = (shares.total[y] as number) + cents;
        s.members.forEach((m, j) => {
          const t = cell(layout, layout.partyIndex.get(m) as number, vatIndex, y);
          addTo(isOneOff ? ledger.partyOneOff : ledger.partyRecurring, t, s.parts[j] as number);
          if (shares) {
            let mine = shares.byMember.get(m);
            if (mine === undefined) {
              mine = new Array<number>(ctx.layout.nYears).fill(0);
              shares.byMember.set(m, mine);
            }
            mine[y] = (mine[y] as number) + (s.parts[j] as number);
          }
        });
      }
    }
  }
}
