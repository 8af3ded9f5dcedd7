/** The choices of depreciation start and extrapolation, each with a one-line explanation for the council. */
import type { Option } from '../../components';
import type { DepreciationStart, Extrapolation } from '../../engine';
import { isBbvStart } from '../../model';
import type { Translate } from '../../i18n';
import type { setupMessages } from './messages';

type T = Translate<keyof (typeof setupMessages)['nl']>;

export const STARTS: readonly DepreciationStart[] = ['nextYear', 'sameYear', 'sameYearNoInterest', 'halfYear'];
export const EXTRAPOLATIONS: readonly Extrapolation[] = ['indexLast', 'indexLastByCategory', 'computeThrough', 'none'];

/** The four starts; the BBV ones disabled where annuity would meet them. */
export function startOptions(t: T, isAnnuity: boolean): Option[] {
  return STARTS.map((s) => ({ value: s, label: t(s), isDisabled: isAnnuity && isBbvStart(s) }));
}

/** What the chosen start means, and why the BBV ones are not offered when they are not. */
export function startHint(t: T, start: DepreciationStart, isAnnuity: boolean): string {
  const text = t(`${start}Text`);
  return isAnnuity ? `${text} ${t('bbvNotWithAnnuity')}` : text;
}

export const asStart = (v: string): DepreciationStart => STARTS.find((s) => s === v) ?? 'nextYear';
export const asExtrapolation = (v: string): Extrapolation => EXTRAPOLATIONS.find((x) => x === v) ?? 'indexLast';

export const extrapolationOptions = (t: T): Option[] => EXTRAPOLATIONS.map((x) => ({ value: x, label: t(x) }));
