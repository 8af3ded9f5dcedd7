/**
 * The `scale` change (spec §5.3): multiplies, from year `from` on, the cost of matching opex
 * lines and staff entries and the amount of matching investments made in that year.
 */
import { type Kernel, type Q, dec, ONE, ZERO, type Decimal } from '../numeric';
import { type Line, type ScaleChange, compileYearMap, valueAt } from '../model';
import { editEach, type ResolvedLine, type ResolvedScenario, type ScaleRule } from './resolved';
import { matchesList, ownerAt } from './select';

/** The category a line charges: `application` lines always charge `applications` (spec §5.1). */
export function lineCategory(line: Line): string {
  return line.type === 'application' ? 'applications' : line.category;
}

/** The factor of a scale in a year: the `factor` map (1 before its first key) or 1 − reduction × phaseIn (phaseIn 1 in every year when absent). */
export function scaleFactor(change: ScaleChange): (year: number) => Decimal {
  const memo = new Map<number, Decimal>();
  const compute =
    change.factor !== undefined
      ? (
          (m) => (y: number) =>
            valueAt(m, y)
        )(compileYearMap(change.factor, ONE))
      : ((reduction, phaseIn) => (y: number) => {
          // Before the phase-in starts (0) the factor is exactly 1: no arithmetic needed.
          const phase = valueAt(phaseIn, y);
          return phase.isZero() ? ONE : ONE.minus(reduction.times(phase));
        })(dec(change.reduction ?? 0), compileYearMap(change.phaseIn ?? 1, ZERO));
  return (year) => {
    let v = memo.get(year);
    if (v === undefined) {
      v = compute(year);
      memo.set(year, v);
    }
    return v;
  };
}

/**
 * Product of the factors of every rule that applies in a year (1 when none), in a kernel's
 * arithmetic: 1 × f₁ × f₂ …, each product to 40 digits in the exact kernel, float64 in the fast.
 */
export function factorProduct(K: Kernel, scales: readonly ScaleRule[], year: number): Q {
  let f = K.one;
  for (const s of scales) if (s.applies(year)) f = K.mul(f, K.of(s.factorAt(year)));
  return f;
}

export function applyScale(state: ResolvedScenario, change: ScaleChange, source: string): void {
  const { select } = change;
  const from = change.from ?? -Infinity;
  const factorAt = scaleFactor(change);
  // Without a party to select, whether the rule applies depends on the year alone: one function
  // (and one rule object) for every entry.
  const fromOn = (y: number) => y >= from;
  const yearRule: ScaleRule = { applies: fromOn, factorAt, source };
  if (select.group === undefined) {
    editEach(state.lines, (rl) => {
      if (rl.line.type === 'oneOff') return rl;
      if (!matchesList(select.category, lineCategory(rl.line))) return rl;
      if (select.lineIds !== undefined && !select.lineIds.includes(rl.line.id)) return rl;
      const owners = rl.owners;
      const party = select.party;
      // A line the party never owns (in the owners this rule sees) is never scaled by it: left as it is.
      if (party !== undefined && !owners.some((o) => o.party === party)) return rl;
      const rule =
        party === undefined
          ? yearRule
          : { applies: (y: number) => y >= from && ownerAt(owners, y) === party, factorAt, source };
      return {
        ...rl,
        scales: [...rl.scales, rule],
        history: [...rl.history, change],
      } satisfies ResolvedLine;
    });
  }
  if (select.lineIds === undefined) {
    editEach(state.staff, (st) => {
      if (select.party !== undefined && st.party !== select.party) return st;
      if (!matchesList(select.group, st.group) || !matchesList(select.category, st.category)) return st;
      return { ...st, scales: [...st.scales, yearRule], history: [...st.history, change] };
    });
  }
}
