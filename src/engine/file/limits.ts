/**
 * How large a model may be (issue 19): limits that follow from the memory and time one
 * evaluation needs, each refused with a message that names the limit and why.
 *
 * What an evaluation keeps grows with its cells — parties × categories × years from startYear
 * to the last year of the result (extrapolateTo, or endYear) × scenarios: every scenario has a
 * ledger row per party and category (four float arrays) and a result figure per party,
 * category and year. Measured (December 2026, Node 20): the national bench model (346 parties,
 * 15 categories, 31 years, 5 scenarios: 804,450 cells) keeps 54 MB of result, about 67 bytes a
 * cell, and evaluates in well under a second. MAX_CELLS allows five times that (about 270 MB
 * of result, a few seconds): what a browser tab can still hold next to the app and a second
 * evaluation while an edit is computed. 400 parties over 60 years in 11 scenarios fit; so do
 * all 342 municipalities with regional centres over 100 years in 6.
 */
import { DEFAULT_CATEGORIES, type ModelFile } from '../model';
import type { Issues } from './validate-kit';

/** Most cells (parties × categories × years × scenarios) one evaluation may hold. */
export const MAX_CELLS = 4_000_000;
/** Result bytes per cell, as measured on the national bench model (for the message). */
const BYTES_PER_CELL = 67;

/**
 * Most parties: each shared party's cost is split over its members per category and year, so
 * with many shared parties the work grows with the square of the party count, which the cell
 * limit does not see; 1,000 leaves room for every municipality of the Netherlands (342) with
 * regional centres and keeps that split under a second.
 */
export const MAX_PARTIES = 1000;
export const PARTIES_WHY =
  "every shared party's cost is split over its members per category and year, so with many shared parties the work grows with the square of the number of parties";

/** Most years in the horizon (startYear … endYear); years after it are projected with extrapolateTo. */
export const MAX_HORIZON_YEARS = 60;
export const HORIZON_WHY = `every year is computed in detail for every party, category and scenario; years after the plan are projected with extrapolateTo (at most 100 years from startYear)`;

const nf = (n: number) => n.toLocaleString('en-US');

/**
 * The size check over a well-shaped file: its cells against MAX_CELLS. Reported at `parties`
 * (the list that usually makes a model large) with the product spelled out.
 */
export function checkSize(model: ModelFile, issues: Issues): void {
  const categories = (model.categories ?? DEFAULT_CATEGORIES).length;
  const last = model.horizon.extrapolateTo ?? model.horizon.endYear;
  const years = last - model.horizon.startYear + 1;
  const cells = model.parties.length * categories * years * model.scenarios.length;
  if (cells <= MAX_CELLS) return;
  issues.push({
    path: 'parties',
    message:
      `the model is too large to evaluate: ${nf(model.parties.length)} parties × ${nf(categories)} categories × ` +
      `${nf(years)} years (startYear to ${model.horizon.extrapolateTo === undefined ? 'endYear' : 'extrapolateTo'}) × ` +
      `${nf(model.scenarios.length)} scenarios = ${nf(cells)} cells; at most ${nf(MAX_CELLS)}, because a result keeps ` +
      `about ${BYTES_PER_CELL} bytes a cell (here about ${nf(Math.round((cells * BYTES_PER_CELL) / 1e6))} MB) and a ` +
      `browser tab must hold it twice while an edit is evaluated. Fewer scenarios, years or parties per file fit.`,
  });
}
