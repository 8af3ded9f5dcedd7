import type { ValidationError } from './model-types';

/** An error that a model (not the engine) is at fault for, with the JSON paths concerned. */
export type ModelError = Error & { isModelError: true; errors: ValidationError[] };

export function modelError(errors: ValidationError[]): ModelError {
  const error = new Error(errors.map((e) => `${e.path}: ${e.message}`).join('\n')) as ModelError;
  error.name = 'ModelError';
  error.isModelError = true;
  error.errors = errors;
  return error;
}

export function isModelError(error: unknown): error is ModelError {
  return error instanceof Error && (error as Partial<ModelError>).isModelError === true;
}
