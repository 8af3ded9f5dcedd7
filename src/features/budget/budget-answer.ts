/** The one-sentence answer of the Begroting screen, from a scenario's budget rows (model-v3 §10.7). */
import type { BudgetYear, Num } from '../../engine';

export type AnswerWords = {
  fitsFrom: (year: number) => string;
  fitsAlways: string;
  fitsNever: string;
  targetMissed: (amount: string, years: string) => string;
  targetMet: string;
  money: (value: string) => string;
  list: (items: string[]) => string;
};

const isPositive = (money: string) => !money.startsWith('-') && /[1-9]/.test(money);

/**
 * "Past binnen de begroting vanaf 2016; de taakstelling van € 150.000 wordt in 2014 niet
 * gehaald." Fits from the first year after which the total stays ≤ 0; the target part only when
 * the municipality has a target (`targetAt` its value in a year, null without one).
 */
export function budgetAnswer(
  rows: readonly BudgetYear[],
  targetAt: (year: number) => Num | null,
  w: AnswerWords,
): string {
  let from: number | null = null;
  for (let i = rows.length - 1; i >= 0; i -= 1) {
    if (isPositive((rows[i] as BudgetYear).total)) break;
    from = (rows[i] as BudgetYear).year;
  }
  const fits = from === null ? w.fitsNever : from === rows[0]?.year ? w.fitsAlways : w.fitsFrom(from);
  const hasTarget = rows.some((r) => Number(targetAt(r.year) ?? 0) > 0);
  if (!hasTarget) return `${fits}.`;
  const missed = rows.filter((r) => isPositive(r.targetShortfall));
  if (missed.length === 0) return `${fits}; ${w.targetMet}.`;
  const amount = w.money(String(targetAt((missed[0] as BudgetYear).year) ?? 0));
  return `${fits}; ${w.targetMissed(amount, w.list(missed.map((r) => String(r.year))))}.`;
}
