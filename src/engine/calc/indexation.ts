/**
 * Index factors (spec §5.2): index(category, year) = (1 + rate)^(year − priceBaseYear). The
 * exact factors are memoised in two tables of the evaluation memo (memo.ts): `powers` per rate
 * and exponent, `indexTables` per compiled assumptions, category and year.
 */
import { type Kernel, type Q, ONE, type Decimal } from '../numeric';
import type { Params } from '../resolve';

/** One category's index factors under one set of compiled assumptions, by year (those asked so far). */
export type IndexTable = Map<number, Decimal>;

/** The memo tables index factors use (the evaluation memo's `powers` and `indexTables`, memo.ts). */
export type IndexMemo = {
  powers: Map<string, Decimal>;
  indexTables: WeakMap<Params['indexRates'], Map<string, IndexTable>>;
};

/** A category's index in one scenario's parameters: its rate and base year, and (once the exact kernel asks) its table. */
export type IndexOf = { params: Params; category: string; rate: Decimal | undefined; table: IndexTable | null };

export const indexOf = (params: Params, category: string): IndexOf => ({
  params,
  category,
  rate: params.indexRates.get(category),
  table: null,
});

/** index(category, year) exactly, from the memo's tables. */
export function indexAt(memo: IndexMemo, params: Params, category: string, year: number): Decimal {
  return factorAt(memo, indexOf(params, category), year);
}

function factorAt(memo: IndexMemo, ix: IndexOf, year: number): Decimal {
  const table = (ix.table ??= tableOf(memo, ix.params, ix.category));
  let v = table.get(year);
  if (v === undefined) {
    const rate = ix.rate;
    if (rate === undefined) throw new Error(`unknown category "${ix.category}"`);
    const exponent = year - ix.params.priceBaseYear;
    const key = `${rate.toString()}^${exponent}`;
    v = memo.powers.get(key);
    if (v === undefined) {
      v = exponent === 0 || rate.isZero() ? ONE : ONE.plus(rate).pow(exponent);
      memo.powers.set(key, v);
    }
    table.set(year, v);
  }
  return v;
}

/**
 * The table of a category under `params`' compiled assumptions: scenarios and samples with the
 * same assumptions object share its `indexRates` and so the table.
 */
function tableOf(memo: IndexMemo, params: Params, category: string): IndexTable {
  let tables = memo.indexTables.get(params.indexRates);
  if (tables === undefined) {
    tables = new Map();
    memo.indexTables.set(params.indexRates, tables);
  }
  let table = tables.get(category);
  if (table === undefined) {
    table = new Map();
    tables.set(category, table);
  }
  return table;
}

/** index(category, year) in the kernel's arithmetic: exactly from the memo, or the fast kernel's float power. */
export function indexIn(K: Kernel, memo: IndexMemo, ix: IndexOf, year: number): Q {
  const fast = ix.rate === undefined ? null : K.growth(ix.rate, year - ix.params.priceBaseYear);
  return fast ?? K.of(factorAt(memo, ix, year));
}
