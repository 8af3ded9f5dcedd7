/**
 * The engine functions the app uses to read, check and write model files, in one place, so
 * that persistence, files and share links all load through the engine's one path
 * (parse → migrate → validate).
 */
export { formatValidationError, loadModel, serializeModel, validateModel, type LoadResult } from '../engine';
