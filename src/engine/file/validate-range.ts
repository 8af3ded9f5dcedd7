/**
 * The exact range (docs/robustness.md): the engine carries amounts as integer cents below 2^53
 * (≈ €90 trillion). Each field has its own bound in the field tables (validate-shape.ts), but
 * amounts, rates and years multiply: an index rate over a far price base year, a negative
 * discount rate over a long horizon, chained scale factors, or many large lines can still push a
 * figure past that range. This check bounds every figure the engine can compute — from above,
 * generously — and refuses a model whose bound lies beyond the range, naming the JSON path of
 * the value that drives it. A model it accepts is always evaluated exactly (a property test
 * checks this on generated extremes). Uncertainty ranges and workshop controls are taken at
 * both ends, so Monte Carlo samples and workshop moves stay in range as well.
 */
import {
  inputBounds,
  inputWriter,
  readInput,
  type Line,
  type ModelFile,
  type Num,
  type Party,
  type Scenario,
  type StaffEntry,
} from '../model';
import { isPlainObject, numberOf, type Issues } from './validate-kit';

/** Largest figure (euros) a model may reach: 1/9 of the exact range of integer cents (2^53). */
export const MAX_FIGURE_EUROS = 1e13;
/** Largest factor an index, a discount or the product of scale factors may reach. */
export const MAX_FACTOR = 1e6;

const LOG_MAX_FIGURE = Math.log10(MAX_FIGURE_EUROS);
const LOG_MAX_FACTOR = Math.log10(MAX_FACTOR);
/** Keys of a line that hold years or terms, not amounts. */
const NOT_AMOUNTS = new Set(['year', 'from', 'to', 'years']);
const DEFAULT_INDEX_RATE = 0.02;
const DEFAULT_DISCOUNT_RATE = 0.03;
const DEFAULT_PROJECT_COST_RATES = [1, 1.25];

type Candidate = { path: string; value: number };
type Located<T> = { item: T; path: string };

/** The values a field takes in the model (and in its scenarios' setParam changes), with their paths. */
type Ranges = {
  indexRates: Candidate[];
  defaultIndexRates: number[];
  discountRates: Candidate[];
  realDiscountRates: Candidate[];
  baseYears: number[];
  interest: number;
  projectCostRate: number;
  inhabitants: number;
  costPerFte: Candidate[];
  scaleFactors: Candidate[];
};

/** Every line (scenario lines, added lines) and staff entry (staff, addStaff, setStaff) with its path. */
function itemsOf(model: ModelFile): { lines: Located<Line>[]; staff: Located<Pick<StaffEntry, 'fte'>>[] } {
  const lines: Located<Line>[] = [];
  const staff: Located<Pick<StaffEntry, 'fte'>>[] = [];
  model.scenarios.forEach((s: Scenario, i) => {
    s.lines?.forEach((l, j) => lines.push({ item: l, path: `scenarios[${i}].lines[${j}]` }));
    s.staff?.forEach((e, j) => staff.push({ item: e, path: `scenarios[${i}].staff[${j}]` }));
    s.changes?.forEach((c, j) => {
      const path = `scenarios[${i}].changes[${j}]`;
      if (c.op === 'addLine') lines.push({ item: c.line, path: `${path}.line` });
      else if (c.op === 'addStaff') staff.push({ item: c.staff, path: `${path}.staff` });
      else if (c.op === 'setStaff') staff.push({ item: c, path });
    });
  });
  return { lines, staff };
}

/** The numbers of a JSON value (a year map, an object of amounts), each as its absolute value. */
function numbersIn(value: unknown, skip?: ReadonlySet<string>): number[] {
  const n = numberOf(value);
  if (n !== null) return [Math.abs(n)];
  if (Array.isArray(value)) return value.flatMap((v) => numbersIn(v, skip));
  if (!isPlainObject(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => (skip?.has(k) ? [] : numbersIn(v)));
}

const maxOf = (values: number[], floor = 0) => values.reduce((a, b) => (b > a ? b : a), floor);

function costsPerFte(value: unknown, path: string): Candidate[] {
  if (!isPlainObject(value)) return [];
  const own = numberOf(value.own),
    hired = numberOf(value.hired);
  const out: Candidate[] = [];
  if (own !== null) out.push({ path: `${path}.own`, value: Math.abs(own) });
  if (hired !== null) out.push({ path: `${path}.hired`, value: Math.abs(hired) });
  if (isPlainObject(value.byGroup))
    for (const [g, v] of Object.entries(value.byGroup)) out.push(...costsPerFte(v, `${path}.byGroup.${g}`));
  return out;
}

function indexRatesIn(value: unknown, path: string): Candidate[] {
  if (!isPlainObject(value)) return [];
  const out: Candidate[] = [];
  for (const key of ['default', 'personnel'] as const) {
    const r = numberOf(value[key]);
    if (r !== null) out.push({ path: `${path}.${key}`, value: r });
  }
  if (isPlainObject(value.byCategory))
    for (const [c, v] of Object.entries(value.byCategory)) {
      const r = numberOf(v);
      if (r !== null) out.push({ path: `${path}.byCategory.${c}`, value: r });
    }
  return out;
}

function rangesOf(model: ModelFile): Ranges {
  const a = model.assumptions ?? {};
  const r: Ranges = {
    indexRates: indexRatesIn(a.indexation, 'assumptions.indexation'),
    defaultIndexRates: [numberOf(a.indexation?.default) ?? DEFAULT_INDEX_RATE],
    discountRates: [],
    realDiscountRates: [],
    baseYears: [a.priceBaseYear ?? model.horizon.startYear],
    interest: maxOf(model.parties.map((p: Party) => numberOf(p.interestRate) ?? 0)),
    projectCostRate: maxOf([
      ...DEFAULT_PROJECT_COST_RATES,
      ...numbersIn(a.projectCostRate).filter((x) => Number.isFinite(x)),
    ]),
    inhabitants: maxOf(model.parties.flatMap((p) => numbersIn(p.inhabitants))),
    costPerFte: model.parties.flatMap((p, i) => costsPerFte(p.costPerFte, `parties[${i}].costPerFte`)),
    scaleFactors: [],
  };
  if (a.indexation?.default === undefined || a.indexation.personnel === undefined)
    r.indexRates.push({ path: 'assumptions.indexation', value: DEFAULT_INDEX_RATE });
  if (a.discountRealRate !== undefined)
    r.realDiscountRates.push({ path: 'assumptions.discountRealRate', value: numberOf(a.discountRealRate) ?? 0 });
  else
    r.discountRates.push({
      path: a.discountRate === undefined ? 'assumptions' : 'assumptions.discountRate',
      value: numberOf(a.discountRate) ?? DEFAULT_DISCOUNT_RATE,
    });
  model.scenarios.forEach((s, i) =>
    s.changes?.forEach((c, j) => {
      const path = `scenarios[${i}].changes[${j}]`;
      if (c.op === 'scale') {
        const f = maxOf(numbersIn(c.factor), 1);
        if (f > 1) r.scaleFactors.push({ path: `${path}.factor`, value: f });
      }
      if (c.op !== 'setParam') return;
      const at = `${path}.value`;
      const n = numberOf(c.value);
      const [head, partyOrField, field, sub] = c.path.split('.');
      if (head === 'assumptions') {
        if (partyOrField === 'indexation') {
          if (field === undefined) r.indexRates.push(...indexRatesIn(c.value, at));
          else if (n !== null) r.indexRates.push({ path: at, value: n });
          if (field === 'default' && n !== null) r.defaultIndexRates.push(n);
          if (field === undefined && isPlainObject(c.value)) {
            const d = numberOf(c.value.default);
            if (d !== null) r.defaultIndexRates.push(d);
          }
        } else if (partyOrField === 'discountRate' && n !== null) r.discountRates.push({ path: at, value: n });
        else if (partyOrField === 'priceBaseYear' && n !== null) r.baseYears.push(n);
        else if (partyOrField === 'projectCostRate')
          r.projectCostRate = maxOf([r.projectCostRate, ...numbersIn(c.value)]);
      } else if (head === 'parties') {
        if (field === 'interestRate' && n !== null) r.interest = Math.max(r.interest, n);
        else if (field === 'inhabitants') r.inhabitants = maxOf([r.inhabitants, ...numbersIn(c.value)]);
        else if (field === 'costPerFte') {
          if (sub === undefined) r.costPerFte.push(...costsPerFte(c.value, at));
          else if (n !== null) r.costPerFte.push({ path: at, value: Math.abs(n) });
        }
      }
    }),
  );
  return r;
}

/** First and last year any amount of the model can fall in. */
function yearSpan(model: ModelFile, lines: Located<Line>[]): { first: number; last: number } {
  const h = model.horizon;
  let first = h.startYear;
  let last = Math.max(h.endYear, h.extrapolateTo ?? h.endYear);
  const see = (y: unknown) => {
    if (typeof y !== 'number' || !Number.isFinite(y)) return;
    if (y < first) first = y;
    if (y > last) last = y;
  };
  for (const { item } of lines) {
    const l = item as Record<string, unknown>;
    see(l.year);
    see(l.from);
    see(l.to);
    if (isPlainObject(l.overrides)) Object.keys(l.overrides).forEach((k) => see(Number(k)));
  }
  return { first, last };
}

/** log10 of the largest (1 + rate)^exponent for exponents in [lo, hi]. */
const logGrowth = (rate: number, lo: number, hi: number) => {
  const g = Math.log10(1 + rate);
  return Math.max(g * lo, g * hi, 0);
};

/** What the bound of a model's figures is made of: each factor with the value that drives it. */
type Magnitude = {
  index: { log: number; at: Candidate | null; base: number; first: number; last: number };
  discount: { log: number; at: Candidate | null };
  scale: { log: number; at: Candidate | null };
  /** The bound of one year's cost before index and scale, and its largest part. */
  year: { euros: number; at: { path: string; euros: number; note: string } | null };
  years: number;
};

function magnitudeOf(model: ModelFile): Magnitude {
  const r = rangesOf(model);
  const { lines, staff } = itemsOf(model);
  const { first, last } = yearSpan(model, lines);
  const baseLo = Math.min(...r.baseYears),
    baseHi = Math.max(...r.baseYears);
  const index = { log: 0, at: null as Candidate | null, base: baseLo, first, last };
  for (const c of r.indexRates) {
    const log = logGrowth(c.value, first - baseHi, last - baseLo);
    if (log > index.log) Object.assign(index, { log, at: c });
  }
  const discounts = [
    ...r.discountRates,
    ...r.realDiscountRates.flatMap((c) =>
      r.defaultIndexRates.map((d) => ({ path: c.path, value: (1 + c.value) * (1 + d) - 1 })),
    ),
  ];
  const discount = { log: 0, at: null as Candidate | null };
  for (const c of discounts) {
    // (1 + d)^-t over the years t from the start year; largest at one end of the span.
    const g = -Math.log10(1 + c.value);
    const log = Math.max(g * (first - model.horizon.startYear), g * (last - model.horizon.startYear), 0);
    if (log > discount.log) Object.assign(discount, { log, at: c });
  }
  const scale = { log: 0, at: null as Candidate | null };
  for (const c of r.scaleFactors) {
    scale.log += Math.log10(c.value);
    if (scale.at === null || c.value > scale.at.value) scale.at = c;
  }
  const charge = 1 + r.interest;
  const term = Math.min(100, last - first + 1);
  let euros = 0;
  let at: Magnitude['year']['at'] = null;
  const add = (path: string, e: number, note: string) => {
    euros += e;
    if (at === null || e > at.euros) at = { path, euros: e, note };
  };
  for (const { item, path } of lines) {
    const l = item as Line & Record<string, unknown>;
    let sum = 0;
    for (const [k, v] of Object.entries(l)) {
      if (NOT_AMOUNTS.has(k)) continue;
      const xs = numbersIn(v);
      sum += k === 'perInhabitant' ? maxOf(xs) * r.inhabitants : xs.reduce((s, x) => s + x, 0);
    }
    if (l.type === 'recurringInvestment')
      add(path, sum * term * charge, 'this line (a yearly investment, depreciated with interest)');
    else if (l.type === 'application')
      add(path, sum * (1 + r.projectCostRate) * charge, 'this line (purchase and project cost)');
    else if (l.type === 'investment') add(path, sum * charge, 'this line (depreciation with interest)');
    else add(path, sum, 'this line');
  }
  const cost = r.costPerFte.reduce<Candidate | null>((m, c) => (m === null || c.value > m.value ? c : m), null);
  for (const { item, path } of staff) {
    const fte = maxOf(numbersIn(item.fte));
    add(
      path,
      fte * (cost?.value ?? 0),
      `this staff entry${cost === null ? '' : ` (at up to ${formatEuros(cost.value)} per FTE, ${cost.path})`}`,
    );
  }
  return { index, discount, scale, year: { euros, at }, years: last - first + 1 };
}

const formatEuros = (euros: number) =>
  `€${euros >= 1e15 ? `${(euros / 10 ** Math.floor(Math.log10(euros))).toFixed(1)}·10^${Math.floor(Math.log10(euros))}` : Math.round(euros).toLocaleString('en-US')}`;
const formatFactor = (log: number) =>
  log < 9 ? Math.round(10 ** log).toLocaleString('en-US') : `10^${Math.floor(log)}`;

/** The model with each uncertainty input and workshop control at one end of its range. */
function atEnds(model: ModelFile): ModelFile[] {
  const inputs: { path: string; low: Num; high: Num }[] = [];
  for (const input of model.uncertainty?.inputs ?? []) {
    const d = input.distribution;
    if (d.kind === 'normal') {
      const mean = numberOf(d.mean) ?? numberOf(readInput(model, input.path)) ?? 0,
        sd = numberOf(d.sd) ?? 0;
      inputs.push({ path: input.path, low: d.low ?? mean - 10 * sd, high: d.high ?? mean + 10 * sd });
    } else inputs.push({ path: input.path, low: d.low, high: d.high });
  }
  for (const c of model.workshop?.controls ?? []) inputs.push({ path: c.path, low: c.min, high: c.max });
  if (inputs.length === 0) return [];
  // A drawn or moved value is kept within its input's bounds, as sampling does (distributions.ts).
  const within = (path: string, v: Num): Num => {
    const b = inputBounds(path);
    const n = numberOf(v) ?? 0;
    if (b.min !== null && n < Number(b.min)) return b.min;
    if (b.max !== null && n > Number(b.max)) return b.max;
    return v;
  };
  try {
    const write = inputWriter(
      model,
      inputs.map((i) => i.path),
    );
    return [write(inputs.map((i) => within(i.path, i.low))), write(inputs.map((i) => within(i.path, i.high)))];
  } catch {
    return []; // a path that names no number is reported by the version-2 checks
  }
}

/**
 * Refuses a well-shaped, well-referenced model whose figures could leave the exact range, at the
 * path of the value that drives them.
 */
export function checkRange(model: ModelFile, issues: Issues): void {
  const all = [model, ...atEnds(model)].map(magnitudeOf);
  const worst = <K extends 'index' | 'discount' | 'scale'>(k: K) =>
    all.reduce((a, m) => (m[k].log > a[k].log ? m : a))[k];
  const index = worst('index');
  if (index.log > LOG_MAX_FACTOR && index.at) {
    issues.push({
      path: index.at.path,
      message: `with price base year ${index.base} and amounts from ${index.first} to ${index.last}, this rate (${index.at.value}) changes amounts by a factor of up to ${formatFactor(index.log)}; Kantelpunt computes exactly up to a factor of ${formatFactor(LOG_MAX_FACTOR)}`,
    });
    return;
  }
  const discount = worst('discount');
  if (discount.log > LOG_MAX_FACTOR && discount.at) {
    issues.push({
      path: discount.at.path,
      message: `over the years ${all[0]?.index.first}–${all[0]?.index.last} this discount rate (${discount.at.value}) weighs amounts by a factor of up to ${formatFactor(discount.log)}; Kantelpunt computes exactly up to a factor of ${formatFactor(LOG_MAX_FACTOR)}`,
    });
    return;
  }
  const scale = worst('scale');
  if (scale.log > LOG_MAX_FACTOR && scale.at) {
    issues.push({
      path: scale.at.path,
      message: `together the scale factors of this model multiply amounts by up to ${formatFactor(scale.log)}; Kantelpunt computes exactly up to a factor of ${formatFactor(LOG_MAX_FACTOR)}`,
    });
    return;
  }
  for (const m of all) {
    const logYear = Math.log10(Math.max(m.year.euros, 1)) + m.index.log + m.scale.log;
    // Totals add up the years; NPVs weigh them by the discount; savings subtract two scenarios.
    const logFigure = logYear + Math.log10(m.years) + m.discount.log + Math.log10(2);
    const at = m.year.at as { path: string; euros: number; note: string } | null;
    if (logFigure > LOG_MAX_FIGURE && at) {
      issues.push({
        path: at.path,
        message: `amounts too large: ${at.note} costs up to ${formatEuros(at.euros)} a year, and the model's figures together could reach ${formatEuros(10 ** logFigure)}; Kantelpunt computes figures exactly up to ${formatEuros(MAX_FIGURE_EUROS)}`,
      });
      return;
    }
  }
}
