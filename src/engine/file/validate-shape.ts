/**
 * The shape of a model file (spec §1–§5 and the version-2 sections of docs/model-v2.md) as
 * field tables: which keys exist, which are required, what each value must be. References
 * between parts (parties, categories, line ids, scenarios) are checked in validate-refs.ts.
 */
import {
  amount,
  bool,
  fraction,
  id,
  int,
  isPlainObject,
  list,
  literal,
  num,
  obj,
  oneOf,
  opt,
  rate,
  record,
  req,
  text,
  withShape,
  year,
  yearMap,
  type Check,
  type Field,
  type Issues,
} from './validate-kit';
import { actualsShape, goalsShape } from './validate-actuals';
import { HORIZON_WHY, MAX_HORIZON_YEARS, MAX_PARTIES, PARTIES_WHY } from './limits';
import { assessmentShape, legalFormShape } from './validate-legal';

const nonNegative = num({ min: 0, max: 1e9 });
const fte = num({ min: 0, max: 1e6 });
const term = int(1, 100);

export const allocationKey: Check = obj(
  {
    basis: req(oneOf('inhabitants', 'workstations', 'employees', 'fixed', 'usage')),
    shares: opt(record(num({ min: 0, max: 1e12 }))),
    members: opt(list(id)),
  },
  (key, path, issues) => {
    if ((key.basis === 'fixed' || key.basis === 'usage') && key.shares === undefined) {
      issues.push({ path: `${path}.shares`, message: `is required for basis "${String(key.basis)}"` });
    }
  },
);

const costPerFteValue = { own: opt(amount), hired: opt(amount) };
export const costPerFte: Check = obj({ ...costPerFteValue, byGroup: opt(record(obj(costPerFteValue))) });

/** Fields of a party that `setParam` may also set (spec §5.3). */
export const partyFields: Record<string, Field> = {
  name: req(text),
  inhabitants: opt(yearMap(nonNegative)),
  workstations: opt(yearMap(nonNegative)),
  employees: opt(yearMap(nonNegative)),
  interestRate: opt(num({ min: 0, max: 1 })),
  depreciationYears: opt(record(term)),
  costPerFte: opt(costPerFte),
  allocation: opt(obj({ default: opt(allocationKey), byCategory: opt(record(allocationKey)) })),
  depreciationStart: opt(oneOf('nextYear', 'sameYear', 'sameYearNoInterest', 'halfYear')),
};

/**
 * Version-3 party fields (model-v3 §10.6, §10.7) that are model-wide: not in `partyFields`, so
 * no `setParam` sets them. Which kind of party may carry which is checked in validate-decision.ts.
 */
const decisionPartyFields: Record<string, Field> = {
  vat: opt(
    obj({
      regime: opt(oneOf('none', 'charged', 'exempt')),
      rate: opt(fraction),
      inputShare: opt(fraction),
      compensable: opt(yearMap(fraction)),
    }),
  ),
  budget: opt(obj({ ict: req(yearMap(amount)), target: opt(yearMap(amount)), reserve: opt(yearMap(amount)) })),
};

const party = obj({
  id: req(id),
  kind: req(oneOf('municipality', 'shared')),
  ...partyFields,
  ...decisionPartyFields,
});

export const assumptionFields: Record<string, Field> = {
  priceBaseYear: opt(year),
  indexation: opt(obj({ default: opt(rate), personnel: opt(rate), byCategory: opt(record(rate)) })),
  discountRate: opt(rate),
  discountRealRate: opt(rate),
  depreciationStart: opt(oneOf('nextYear', 'sameYear', 'sameYearNoInterest', 'halfYear')),
  depreciationMethod: opt(oneOf('linear', 'annuity')),
  projectCostRate: opt(obj({ replacement: opt(num({ min: 0, max: 10 })), renewal: opt(num({ min: 0, max: 10 })) })),
  extrapolation: opt(oneOf('indexLast', 'none', 'indexLastByCategory', 'computeThrough')),
};

const note = opt(text);
const lineBase = { id: req(id), party: req(id), note };

/** The fields of each line type (spec §5.1). */
export const lineTypes: Record<string, Record<string, Field>> = {
  opex: {
    ...lineBase,
    category: req(id),
    amount: req(amount),
    from: opt(year),
    to: opt(year),
    indexed: opt(bool),
    overrides: opt(record(amount)),
  },
  investment: {
    ...lineBase,
    category: req(id),
    year: req(year),
    amount: req(amount),
    years: opt(term),
    method: opt(oneOf('linear', 'annuity')),
  },
  recurringInvestment: {
    ...lineBase,
    category: req(id),
    from: req(year),
    to: req(year),
    amount: opt(amount),
    perInhabitant: opt(num({ min: 0, max: 1e6 })),
    indexed: opt(bool),
    toIsFinal: opt(bool),
  },
  application: {
    ...lineBase,
    year: req(year),
    purchase: req(amount),
    project: req(oneOf('replacement', 'renewal')),
    years: opt(term),
  },
  oneOff: { ...lineBase, category: req(id), year: req(year), amount: req(amount) },
};

function byDiscriminator(key: string, variants: Record<string, Check>, what: string): Check {
  return withShape(
    (value, path, issues) => {
      if (!isPlainObject(value)) {
        issues.push({ path, message: `must be an object (found ${value === null ? 'null' : typeof value})` });
        return;
      }
      const kind = value[key];
      const check =
        typeof kind === 'string' && Object.prototype.hasOwnProperty.call(variants, kind) ? variants[kind] : undefined;
      if (check === undefined) {
        issues.push({
          path: `${path}.${key}`,
          message: `unknown ${what} ${JSON.stringify(kind)}; expected one of ${Object.keys(variants)
            .map((v) => `"${v}"`)
            .join(', ')}`,
        });
        return;
      }
      check(value, path, issues);
    },
    { kind: 'variants', variants: Object.values(variants) },
  );
}

const typed = (fields: Record<string, Field>, type: string) => obj({ type: req(literal(type)), ...fields });
export const line: Check = byDiscriminator(
  'type',
  Object.fromEntries(Object.entries(lineTypes).map(([t, f]) => [t, typed(f, t)])),
  'line type',
);

const staffFields = { party: req(id), group: req(id), fte: req(yearMap(fte)), hiredShare: opt(yearMap(fraction)) };
export const staffEntry: Check = obj({ ...staffFields, note });

const idOrList: Check = (value, path, issues) =>
  Array.isArray(value) ? list(id)(value, path, issues) : id(value, path, issues);
const select = obj({ party: opt(id), category: opt(idOrList), group: opt(idOrList), lineIds: opt(list(id)) });

const changeBase = { op: req(text), enabled: opt(bool), note };
const changeOps: Record<string, Check> = {
  addLine: obj({ ...changeBase, line: req(line) }),
  addStaff: obj({ ...changeBase, staff: req(staffEntry) }),
  endLine: obj({ ...changeBase, id: req(id), from: req(year), retire: opt(bool) }),
  setStaff: obj({
    ...changeBase,
    party: req(id),
    group: req(id),
    fte: req(yearMap(fte)),
    hiredShare: opt(yearMap(fraction)),
  }),
  transfer: obj({ ...changeBase, select: req(select), to: req(id), from: req(year) }),
  scale: obj(
    {
      ...changeBase,
      select: req(select),
      from: opt(year),
      factor: opt(yearMap(num({ min: 0, max: 100 }))),
      reduction: opt(fraction),
      phaseIn: opt(yearMap(fraction)),
    },
    (c, path, issues) => {
      if (c.factor !== undefined && (c.reduction !== undefined || c.phaseIn !== undefined)) {
        issues.push({ path, message: 'give either "factor" or "reduction" (with "phaseIn"), not both' });
      } else if (c.factor === undefined && c.reduction === undefined) {
        issues.push({ path, message: 'needs "factor" or "reduction"' });
      } else if (c.phaseIn !== undefined && c.reduction === undefined) {
        issues.push({ path: `${path}.phaseIn`, message: 'only applies together with "reduction"' });
      }
    },
  ),
  // Version 3 (model-v3 §10.5); references and the booking year in validate-decision.ts.
  staffTransition: obj(
    {
      ...changeBase,
      groups: opt(list(id)),
      monthsOfSalary: opt(num({ min: 0, max: 1200 })),
      hiredNoticeMonths: opt(num({ min: 0, max: 1200 })),
      attrition: opt(fraction),
      perPerson: opt(amount),
      bearer: opt(id),
      booking: req(oneOf('decisionYear', 'asIncurred')),
      decisionYear: opt(year),
    },
    (c, path, issues) => {
      if (c.booking === 'decisionYear' && c.decisionYear === undefined)
        issues.push({ path: `${path}.decisionYear`, message: 'is required when booking is "decisionYear"' });
    },
  ),
  // The value is checked against the field the path names (validate-refs.ts).
  setParam: obj({
    ...changeBase,
    path: req(text),
    value: req((v, p, issues) => {
      if (v === null) issues.push({ path: p, message: 'must not be null' });
    }),
  }),
  leave: leaveShape(),
};
export const change: Check = byDiscriminator('op', changeOps, 'change op');

/**
 * The `leave` change (model-v3 §10.4): its fields and value ranges. The rules between fields and
 * the rest of the model (membership, years, order, categories) are in validate-leave.ts.
 */
function leaveShape(): Check {
  const shedList = list(fraction, { maxLength: 100 });
  const settlement = byDiscriminator(
    'method',
    {
      tapered: obj({ method: req(text), factors: opt(list(num({ min: 0, max: 100 }), { maxLength: 100 })) }),
      directDamage: obj({ method: req(text), years: opt(int(1, 30)) }),
      fixed: obj({ method: req(text), amount: req(amount) }),
      none: obj({ method: req(text) }),
    },
    'settlement method',
  );
  // A re-entry item with a `type` is a line (model.md §5.1), one without a staff entry (§5.2).
  const reentryItem: Check = withShape(
    (value, path, issues) =>
      (isPlainObject(value) && value.type !== undefined ? line : staffEntry)(value, path, issues),
    { kind: 'variants', variants: [line, staffEntry] },
  );
  return obj({
    ...changeBase,
    party: req(id),
    shared: req(id),
    from: req(year),
    noticeYears: opt(int(0, 30)),
    settlement: req(settlement),
    shed: opt(obj({ default: opt(shedList), byCategory: opt(record(shedList)) })),
    booking: opt(oneOf('decisionYear', 'asPaid')),
    standalone: opt(oneOf('baseline', 'none')),
    reentry: opt(list(reentryItem, { maxLength: 500 })),
  });
}

const scenario = obj({
  id: req(id),
  name: req(text),
  basedOn: req((v, path, issues: Issues) => {
    if (v !== null) id(v, path, issues);
  }),
  lines: opt(list(line)),
  staff: opt(list(staffEntry)),
  changes: opt(list(change)),
});

const meta = record((v, path, issues) => {
  if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
    issues.push({ path, message: 'must be text' });
  else if (typeof v === 'string' && v.length > 100_000) issues.push({ path, message: 'is too long' });
});

const horizon = obj({ startYear: req(year), endYear: req(year), extrapolateTo: opt(year) }, (h, path, issues) => {
  const { startYear: s, endYear: e, extrapolateTo: x } = h;
  if (typeof s !== 'number' || typeof e !== 'number') return;
  if (s > e) issues.push({ path: `${path}.endYear`, message: `must be ≥ startYear (${s})` });
  else if (e - s >= MAX_HORIZON_YEARS)
    issues.push({
      path: `${path}.endYear`,
      message: `the horizon may span at most ${MAX_HORIZON_YEARS} years (it spans ${e - s + 1}): ${HORIZON_WHY}`,
    });
  if (typeof x === 'number' && x < e)
    issues.push({ path: `${path}.extrapolateTo`, message: `must be ≥ endYear (${e})` });
  else if (typeof x === 'number' && x - s >= 100)
    issues.push({ path: `${path}.extrapolateTo`, message: 'may lie at most 99 years after startYear' });
});

const category = obj({
  id: req(id),
  label: req(text),
  group: req(oneOf('infrastructure', 'software', 'personnel', 'oneOff', 'other')),
});
const functionGroup = obj({ id: req(id), label: req(text), category: req(id) });

/** Version-2 sections (docs/model-v2.md); only allowed when `version` ≥ 2. */
const benchmark = obj({
  source: opt(text),
  bookYear: opt(year),
  rows: req(
    list(
      obj({
        id: req(id),
        label: req(text),
        software: req(amount),
        personnel: req(amount),
        infrastructure: req(amount),
        total: opt(amount),
        ftePer100k: opt(num({ min: 0, max: 1e6 })),
        note,
      }),
      { uniqueIds: true, maxLength: 100 },
    ),
  ),
});
const bound = num({ min: -1e12, max: 1e12 });
const distribution = byDiscriminator(
  'kind',
  {
    triangular: obj({ kind: req(text), low: req(bound), mode: opt(bound), high: req(bound) }),
    pert: obj({ kind: req(text), low: req(bound), mode: opt(bound), high: req(bound) }),
    uniform: obj({ kind: req(text), low: req(bound), high: req(bound) }),
    normal: obj({
      kind: req(text),
      mean: opt(bound),
      sd: req(num({ min: 0, isMinExclusive: true, max: 1e12 })),
      low: opt(bound),
      high: opt(bound),
    }),
  },
  'distribution',
);
const uncertainty = obj({
  inputs: req(
    list(obj({ id: req(id), path: req(text), label: opt(text), distribution: req(distribution), note }), {
      uniqueIds: true,
      maxLength: 500,
    }),
  ),
  samples: opt(int(1, 1_000_000)),
  seed: opt(int(0, 2 ** 32 - 1)),
});
const workshop = obj({
  controls: req(
    list(
      obj({
        id: req(id),
        path: req(text),
        label: opt(text),
        min: req(bound),
        max: req(bound),
        step: req(num({ min: 0, isMinExclusive: true, max: 1e12 })),
      }),
      { uniqueIds: true, maxLength: 6 },
    ),
  ),
});

/** The report's exit question (docs/model-v3.md "Report choices"): a scenario and a `leave` checked as the change is. */
const reportShape: Check = obj({
  exit: opt(
    obj({
      scenario: req(id),
      leave: req((v, path, issues) => {
        if (isPlainObject(v) && v.op !== 'leave') issues.push({ path: `${path}.op`, message: 'must be "leave"' });
        else change(v, path, issues);
      }),
      fixedAmount: opt(amount),
    }),
  ),
});

export const modelShape: Check = obj({
  format: req(literal('ict-business-case')),
  version: req(int(1, 1_000_000)),
  meta: opt(meta),
  horizon: req(horizon),
  assumptions: opt(obj(assumptionFields)),
  categories: opt(list(category, { uniqueIds: true, maxLength: 200 })),
  functionGroups: opt(list(functionGroup, { uniqueIds: true, maxLength: 200 })),
  parties: req(list(party, { uniqueIds: true, maxLength: MAX_PARTIES, why: PARTIES_WHY })),
  scenarios: req(list(scenario, { uniqueIds: true, maxLength: 100 })),
  benchmark: opt(benchmark),
  uncertainty: opt(uncertainty),
  workshop: opt(workshop),
  actuals: opt(actualsShape),
  goals: opt(goalsShape),
  legalForm: opt(legalFormShape),
  assessment: opt(assessmentShape),
  report: opt(reportShape),
});
