/**
 * `validateModel`: every rule of spec §1 (and of the version-2 sections), each error with the
 * JSON path it concerns. The engine never evaluates a model that fails here.
 */
import { readInput, type ModelFile, type ValidationError } from '../model';
import { CURRENT_VERSION, requiredVersion } from './migrate';
import { checkReferences } from './validate-refs';
import { modelShape } from './validate-shape';
import { checkRange } from './validate-range';
import { checkVersion3 } from './validate-v3';
import { checkActuals, checkGoals } from './validate-actuals';
import { checkSize } from './limits';
import { checkDecisionSections } from './validate-legal';
import { isPlainObject, numberOf, type Issues } from './validate-kit';

const MAX_ERRORS = 200;

function checkVersion2(model: ModelFile, issues: Issues): void {
  if (model.version < requiredVersion(model)) {
    for (const key of ['benchmark', 'uncertainty', 'workshop'] as const) {
      if (model[key] !== undefined)
        issues.push({ path: key, message: `needs "version": 2 or higher (the file says ${model.version})` });
    }
  }
  model.uncertainty?.inputs.forEach((input, i) => {
    const path = `uncertainty.inputs[${i}]`;
    const base = readInput(model, input.path);
    if (base === null) {
      issues.push({ path: `${path}.path`, message: `"${input.path}" names no number in this model` });
      return;
    }
    const d = input.distribution;
    const low = numberOf(d.low),
      high = numberOf(d.high);
    // Only a mode or mean the file states is checked: one left out is the input's value, which
    // an edit may move outside the range — sampling then takes the nearest end (distributions.ts).
    const centre = d.kind === 'uniform' ? null : numberOf(d.kind === 'normal' ? d.mean : d.mode);
    if (low !== null && high !== null && low > high)
      issues.push({ path: `${path}.distribution.high`, message: 'must be ≥ low' });
    else if (centre !== null && ((low !== null && centre < low) || (high !== null && centre > high))) {
      issues.push({
        path: `${path}.distribution`,
        message: `the ${d.kind === 'normal' ? 'mean' : 'mode'} (${centre}) must lie between low and high`,
      });
    }
  });
  const used = new Set<string>();
  model.workshop?.controls.forEach((control, i) => {
    const path = `workshop.controls[${i}]`;
    if (readInput(model, control.path) === null)
      issues.push({ path: `${path}.path`, message: `"${control.path}" names no number in this model` });
    if (used.has(control.path))
      issues.push({ path: `${path}.path`, message: 'another control already moves this input' });
    used.add(control.path);
    const min = numberOf(control.min),
      max = numberOf(control.max);
    if (min !== null && max !== null && min >= max) issues.push({ path: `${path}.max`, message: 'must be > min' });
  });
}

/** All problems of a parsed model file, in file order of discovery; [] when it is valid. */
export function validateModel(data: unknown): ValidationError[] {
  const issues: Issues = [];
  if (!isPlainObject(data)) return [{ path: '', message: 'a model file must be a JSON object' }];
  if (typeof data.version === 'number' && Number.isInteger(data.version) && data.version > CURRENT_VERSION) {
    return [
      {
        path: 'version',
        message: `this file has version ${data.version}, written by a newer Kantelpunt; this version reads files up to version ${CURRENT_VERSION}`,
      },
    ];
  }
  modelShape(data, '', issues);
  if (issues.length === 0) {
    const model = data as unknown as ModelFile;
    checkSize(model, issues);
    checkReferences(model, issues);
    checkVersion2(model, issues);
    checkVersion3(model, issues);
    checkActuals(model, issues);
    checkGoals(model, issues);
    checkDecisionSections(model, issues);
    if (issues.length === 0) checkRange(model, issues);
  }
  return issues.length > MAX_ERRORS
    ? [...issues.slice(0, MAX_ERRORS), { path: '', message: `and ${issues.length - MAX_ERRORS} more problems` }]
    : issues;
}
