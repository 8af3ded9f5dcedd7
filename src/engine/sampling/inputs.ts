/**
 * The model's uncertain inputs prepared for sampling and sensitivity: each input's bounds
 * (input-path.ts) and its distribution as numbers (distributions.ts).
 */
import { numericDistribution, type NumericDistribution } from './distributions';
import { inputBounds, readInput, type InputBounds, type ModelFile, type UncertainInput } from '../model';

export type PreparedInput = { input: UncertainInput; bounds: InputBounds; distribution: NumericDistribution };

/** The model's uncertain inputs with their distributions as numbers (base = the file's value). */
export function prepareInputs(model: ModelFile): PreparedInput[] {
  return (model.uncertainty?.inputs ?? []).map((input) => {
    const value = readInput(model, input.path);
    if (value === null) throw new Error(`uncertainty input "${input.id}": no number at "${input.path}"`);
    const bounds = inputBounds(input.path);
    const range = {
      min: bounds.min === null ? -Infinity : Number(bounds.min),
      max: bounds.max === null ? Infinity : Number(bounds.max),
    };
    return { input, bounds, distribution: numericDistribution(input.distribution, Number(value), range) };
  });
}
