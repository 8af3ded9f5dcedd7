/** Exact money and rates: decimal strings to integer cents and back, one rounding per product, the exact and fast kernels, and splitting cents by weights. */
export { allocateByKey, type PreparedWeights, prepareWeights, splitCents, splitCentsInto } from './allocate';
export { mulCents, mulCents3, roundedProduct } from './cents-product';
export { createFastKernel, exactDecimal, exactKernel, type Kernel, type Q } from './kernel';
export {
  type Money,
  type Num,
  centsToMoney,
  dec,
  Decimal,
  decimalString,
  divRoundCents,
  exactGrowth,
  isOne,
  moneyToCents,
  ONE,
  rateMultiplier,
  annuityDenominator,
  roundCents,
  roundIfClear,
  roundRatio,
  times,
  toCents,
  ZERO,
} from './money';
