/**
 * The non-financial assessment (docs/model-v3.md, `assessment`): criteria with weights, a 1–5
 * score per scenario with a reason, the weighted total, the cost per score point, and which
 * weight would flip the ranking. Exact decimals (decimal.js); no binary floats.
 */
import Decimal from 'decimal.js';
import type { AssessmentSection, Criterion, Num, Score } from '../engine';

/**
 * The default criteria (decision-rules "Legal forms", review #8): equal weights, an assumption
 * a council replaces by its own. Labels are model content (Dutch, like category labels).
 */
export const DEFAULT_CRITERIA: readonly Criterion[] = [
  { id: 'kosten', label: 'Kosten', weight: 1 },
  { id: 'kwaliteit', label: 'Kwaliteit', weight: 1 },
  { id: 'kwetsbaarheid', label: 'Kwetsbaarheid', weight: 1 },
  { id: 'continuiteit', label: 'Continuïteit', weight: 1 },
  { id: 'kennisInnovatie', label: 'Kennis en innovatie', weight: 1 },
  { id: 'autonomie', label: 'Autonomie', weight: 1 },
  { id: 'risico', label: 'Risico', weight: 1 },
];

export const DEFAULT_ASSESSMENT_NOTE =
  'Aanname: gelijke gewichten voor alle criteria; de raad of de stuurgroep stelt de eigen weging vast.';

/** A new assessment section with the default criteria (equal weights) and no scores. */
export function newAssessment(): AssessmentSection {
  return { criteria: DEFAULT_CRITERIA.map((c) => ({ ...c, note: DEFAULT_ASSESSMENT_NOTE })), scores: [] };
}

const dec = (n: Num): Decimal => new Decimal(typeof n === 'number' ? n : n.trim());

export type AssessmentRow = {
  scenario: string;
  /** Σ weight × score / Σ weight over the criteria with a positive weight (4 decimals); null when a score is missing. */
  weightedScore: string | null;
  /** Criteria with a positive weight that the scenario has no score on. */
  missing: string[];
  /** The cost the caller passed for the scenario (money string), or null. */
  cost: string | null;
  /** cost / weightedScore in euros (2 decimals, half away from zero); null without both. */
  costPerPoint: string | null;
  /** 1 = best; equal totals share a rank; null when incomplete. */
  rank: number | null;
};

/** A weight at which another scenario would take the lead. */
export type RankingFlip = {
  criterion: string;
  weight: string;
  /** The weight (4 decimals) at which the two tie; beyond it `newLeader` leads. */
  flipAt: string;
  direction: 'raise' | 'lower';
  leader: string;
  newLeader: string;
};

export type AssessmentResult = { rows: AssessmentRow[]; leader: string | null; flips: RankingFlip[] };

function scoreTable(scores: readonly Score[] | undefined): Map<string, Map<string, number>> {
  const table = new Map<string, Map<string, number>>();
  for (const s of scores ?? []) {
    const row = table.get(s.scenario) ?? new Map<string, number>();
    row.set(s.criterion, s.score);
    table.set(s.scenario, row);
  }
  return table;
}

/** Σ weight × score over the criteria of `weights` (exact), or null when a positively weighted score is missing. */
function weightedSum(weights: Map<string, Decimal>, row: Map<string, number> | undefined): Decimal | null {
  let sum = new Decimal(0);
  for (const [criterion, w] of weights) {
    if (w.isZero()) continue;
    const score = row?.get(criterion);
    if (score === undefined) return null;
    sum = sum.plus(w.times(score));
  }
  return sum;
}

/**
 * The assessment of `scenarios` (in that order): weighted totals, ranks, cost per point (from
 * `costs`, money strings per scenario) and, per criterion, the nearest weight at which another
 * complete scenario ties with the leader (the other weights kept).
 */
export function assess(
  section: AssessmentSection,
  scenarios: readonly string[],
  costs: Readonly<Record<string, string>> = {},
): AssessmentResult {
  const weights = new Map(section.criteria.map((c) => [c.id, dec(c.weight)]));
  const totalWeight = [...weights.values()].reduce((a, w) => a.plus(w), new Decimal(0));
  const table = scoreTable(section.scores);
  const sums = new Map<string, Decimal>();
  const rows: AssessmentRow[] = scenarios.map((scenario) => {
    const row = table.get(scenario);
    const missing = section.criteria
      .filter((c) => !dec(c.weight).isZero() && row?.get(c.id) === undefined)
      .map((c) => c.id);
    const sum = totalWeight.isZero() ? null : weightedSum(weights, row);
    if (sum !== null) sums.set(scenario, sum);
    const score = sum === null ? null : sum.dividedBy(totalWeight);
    const cost = costs[scenario] ?? null;
    const costPerPoint =
      score === null || cost === null || score.isZero()
        ? null
        : new Decimal(cost).dividedBy(score).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
    return {
      scenario,
      weightedScore: score === null ? null : score.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4),
      missing,
      cost,
      costPerPoint,
      rank: null,
    };
  });
  for (const r of rows) {
    const own = sums.get(r.scenario);
    if (own === undefined) continue;
    r.rank = 1 + [...sums.values()].filter((v) => v.greaterThan(own)).length;
  }
  const leaders = rows.filter((r) => r.rank === 1);
  const leader = leaders.length === 1 ? (leaders[0] as AssessmentRow).scenario : null;
  return { rows, leader, flips: leader === null ? [] : flipsOf(section, weights, table, leader, [...sums.keys()]) };
}

function flipsOf(
  section: AssessmentSection,
  weights: Map<string, Decimal>,
  table: Map<string, Map<string, number>>,
  leader: string,
  complete: readonly string[],
): RankingFlip[] {
  const out: RankingFlip[] = [];
  const lead = table.get(leader);
  for (const c of section.criteria) {
    const current = weights.get(c.id) as Decimal;
    let best: { at: Decimal; rival: string } | null = null;
    for (const rival of complete) {
      if (rival === leader) continue;
      const other = table.get(rival);
      // The leader's margin without this criterion, and its margin per unit of this weight.
      let rest = new Decimal(0);
      for (const [id, w] of weights) {
        if (id === c.id || w.isZero()) continue;
        rest = rest.plus(w.times((lead?.get(id) ?? 0) - (other?.get(id) ?? 0)));
      }
      const a = lead?.get(c.id),
        b = other?.get(c.id);
      // A criterion one of the two has no score on (it weighs 0 now) cannot be weighed up.
      if (a === undefined || b === undefined) continue;
      const perUnit = a - b;
      if (perUnit === 0) continue;
      const at = rest.negated().dividedBy(perUnit);
      if (at.isNegative()) continue;
      // With every other weight 0, a weight of 0 leaves nothing to rank.
      if (at.isZero() && rest.isZero()) continue;
      if (best === null || at.minus(current).abs().lessThan(best.at.minus(current).abs())) best = { at, rival };
    }
    if (best !== null)
      out.push({
        criterion: c.id,
        weight: current.toString(),
        flipAt: best.at.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4),
        direction: best.at.greaterThan(current) ? 'raise' : 'lower',
        leader,
        newLeader: best.rival,
      });
  }
  return out;
}

/** The scores of `section` with one (scenario, criterion) score set (or removed with `score: null`). */
export function withScore(
  section: AssessmentSection,
  scenario: string,
  criterion: string,
  score: number | null,
  reason?: string,
): AssessmentSection {
  const scores = (section.scores ?? []).filter((s) => !(s.scenario === scenario && s.criterion === criterion));
  const old = section.scores?.find((s) => s.scenario === scenario && s.criterion === criterion);
  if (score === null) return { ...section, scores };
  const r = reason ?? old?.reason;
  return { ...section, scores: [...scores, { scenario, criterion, score, ...(r ? { reason: r } : {}) }] };
}
