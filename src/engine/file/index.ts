/** Reading a model file: parse, migrate to the current version, validate with JSON paths; the valid range of a field. */
export { fieldBounds, type FieldBounds } from './field-bounds';
export {
  decodeModelBytes,
  formatValidationError,
  loadModel,
  loadModelBytes,
  type LoadResult,
  MAX_MODEL_BYTES,
  serializeModel,
} from './load';
export { CURRENT_VERSION, migrateModel, type Migration, MIGRATIONS, requiredVersion } from './migrate';
export { validateModel } from './validate';
export { lastActualYear } from './validate-actuals';
export { MAX_CELLS, MAX_HORIZON_YEARS, MAX_PARTIES } from './limits';
