/**
 * A heavy model's scenario results as the engine worker sends them to the page: the records per
 * party (`parties`, `staff`, and each year's `byParty`, `byOwner`, `byPartyCategory` and
 * `byOwnerCategory`) travel as JSON text, everything else as it is. The page makes them
 * objects again only when a screen reads them (`unpackScenario`).
 *
 * Why: `postMessage` copies objects by building every one of them again on the receiving side.
 * A scenario of the national model is ≈ 40,000 such records, and the page built them in one task
 * of 50–80 ms after every edit, with a collection of the previous ones after it — on the
 * Modelopzet screen, where no one reads them, while the user types the next number (issue 19,
 * keystroke to frame). Text is copied as one block of memory. Reading a record is then parsing
 * its JSON once (the value replaces the accessor, `defineLazy`): the same cost, only later and
 * only for what is shown.
 *
 * The unpacked scenario has the same keys in the same order, and the same values, as the
 * engine's: JSON keeps every value a result holds (decimal strings, numbers, booleans, null,
 * arrays and plain objects; the engine yields no -0, NaN or undefined in these records).
 */
import { defineLazy, type Evaluation } from '../engine';

type ScenarioResult = Evaluation['scenarios'][number];

/** A record with its per-party parts as JSON text, the others as they are (null in the parts' places, keeping the key order). */
type Packed = { fields: Record<string, unknown>; json: Record<string, string> };

export type PackedScenario = Packed & { years: Packed[] };

const SCENARIO_PARTS: ReadonlySet<string> = new Set(['parties', 'staff']);
const YEAR_PARTS: ReadonlySet<string> = new Set(['byParty', 'byOwner', 'byPartyCategory', 'byOwnerCategory']);

function pack(record: object, parts: ReadonlySet<string>): Packed {
  const fields: Record<string, unknown> = {};
  const json: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    if (parts.has(key) && value !== undefined) {
      fields[key] = null;
      json[key] = JSON.stringify(value);
    } else fields[key] = value;
  }
  return { fields, json };
}

function unpack(packed: Packed, years?: Packed[]): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(packed.fields)) {
    const text = Object.hasOwn(packed.json, key) ? packed.json[key] : undefined;
    if (years !== undefined && key === 'years') target.years = years.map((y) => unpack(y));
    else if (text === undefined) target[key] = value;
    else defineLazy(target, key, () => JSON.parse(text) as unknown);
  }
  return target;
}

/** In the worker: a scenario result to send (reads every record the evaluation builds lazily). */
export function packScenario(scenario: ScenarioResult): PackedScenario {
  const { fields, json } = pack(scenario, SCENARIO_PARTS);
  // `years` keeps its place among the fields; its items are packed on their own.
  fields.years = null;
  return { fields, json, years: scenario.years.map((y) => pack(y, YEAR_PARTS)) };
}

/** On the page: the scenario result again, its per-party records parsed when first read. */
export function unpackScenario(packed: PackedScenario): ScenarioResult {
  return unpack(packed, packed.years) as ScenarioResult;
}
