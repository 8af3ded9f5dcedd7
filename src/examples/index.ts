import type { ExitQuestion, ModelFile, UncertaintySection, WorkshopSection } from '../engine';
import haarlemHaarlemmermeerJson from './haarlem-haarlemmermeer.json';
import haarlemHaarlemmermeerRangesJson from './haarlem-haarlemmermeer.uncertainty.json';
import monitoringFictitiousJson from './monitoring-fictitious.json';

/** The Haarlem–Haarlemmermeer example as its file holds it: a plain version-1 model. */
export const haarlemHaarlemmermeer = haarlemHaarlemmermeerJson as ModelFile;

/** The version-2 sections kept beside the example (its file stays version 1, issue 3). */
const haarlemHaarlemmermeerRanges = haarlemHaarlemmermeerRangesJson as {
  uncertainty: UncertaintySection;
  workshop: WorkshopSection;
};

/**
 * The example with its uncertainty ranges and workshop controls (version 2): what the app
 * opens, so a first-time user can run a Monte Carlo and a workshop without adding ranges.
 * Its figures are those of `haarlemHaarlemmermeer`; only the ranges are added.
 */
export const haarlemHaarlemmermeerWithRanges: ModelFile = {
  ...haarlemHaarlemmermeer,
  version: 2,
  uncertainty: haarlemHaarlemmermeerRanges.uncertainty,
  workshop: haarlemHaarlemmermeerRanges.workshop,
};

/**
 * The example's ready exit question (issue 15): Haarlemmermeer leaves the ICT centre of
 * Samenwerking 2.0 in 2019, with a year's notice and a tapered settlement booked in the year of
 * the decision, falling back on its own baseline costs. Its figures are in
 * docs/examples/haarlem-haarlemmermeer.md.
 */
export const haarlemExitQuestion: ExitQuestion = {
  scenarioId: 's2',
  party: 'haarlemmermeer',
  shared: 'ictc',
  from: 2019,
  noticeYears: 1,
  settlement: { method: 'tapered' },
  booking: 'decisionYear',
  standalone: 'baseline',
};

/**
 * A clearly fictitious monitoring example (model-v3 §10.8): two invented municipalities,
 * Oeverstad and Duinhorst, with five realised years (2014–2018) against their collaboration
 * scenario, and goals with indicators. Its meta says it is fictitious (`meta.fictitious`), and
 * the app says so wherever it shows it. No real municipality's figures are in it.
 */
export const monitoringFictitious = monitoringFictitiousJson as unknown as ModelFile;

/** The built-in example models, as model files. The first is what a first start opens. */
export const builtInExamples: readonly { id: string; model: ModelFile }[] = [
  { id: 'haarlem-haarlemmermeer', model: haarlemHaarlemmermeerWithRanges },
  { id: 'monitoring-fictitious', model: monitoringFictitious },
];

export { FRICTION_RULE_VARIANT, haarlemHaarlemmermeerBudgets } from './haarlem-budget';
