/**
 * A scenario (or one municipality's case) whose cumulative savings are 0 in every year does not
 * differ from the baseline: there is nothing to pay back. The engine gives it break-even in the
 * first year and a payback of 0 years (spec §8: the first year with cumulative savings ≥ 0,
 * payback 0 when it never costs more); the screens, the report and the exports show "—" instead
 * of "2026, 0,0 jaar" (issue 20).
 */
export function hasNoSavings(cumulativeSavings: readonly string[]): boolean {
  return cumulativeSavings.every((c) => Number(c) === 0);
}

/** The cumulative savings of a scenario's or a municipality's years. */
export const cumulativeOf = (years: readonly { cumulativeSavings: string }[]): string[] => years.map((y) => y.cumulativeSavings);
