/** Reading a model file: parse, migrate to the current version, validate with JSON paths; the valid range of a field. */
export { fieldBounds, type FieldBounds } from './field-bounds';
export { formatValidationError, loadModel, type LoadResult, serializeModel } from './load';
export { CURRENT_VERSION, migrateModel, type Migration, MIGRATIONS, requiredVersion } from './migrate';
export { validateModel } from './validate';
export { MAX_CELLS, MAX_HORIZON_YEARS, MAX_PARTIES } from './limits';
