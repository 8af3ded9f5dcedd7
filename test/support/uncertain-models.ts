/**
 * Models with uncertainty ranges for Monte Carlo and sensitivity tests: the fixtures and the
 * example, each with triangular, PERT, uniform and normal ranges on its default sensitivity
 * inputs (every fourth input gets the same kind), made from the values in the file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import {
  defaultSensitivityPaths,
  readInput,
  type Distribution,
  type ModelFile,
  type UncertainInput,
} from '../../src/engine';
import { haarlemHaarlemmermeer, haarlemHaarlemmermeerWithRanges } from '../../src/examples';
import { generateModel } from './model-generator';

function rangeOf(kind: number, value: number): Distribution {
  const span = Math.abs(value) * 0.25;
  switch (kind % 4) {
    case 0:
      return { kind: 'triangular', low: value - span, high: value + span * 0.5 };
    case 1:
      return { kind: 'pert', low: value - span * 0.5, high: value + span };
    case 2:
      return { kind: 'uniform', low: value - span, high: value + span };
    default:
      return { kind: 'normal', sd: span / 2 };
  }
}

/** The model with ranges on the default inputs of its last scenario (version 2). */
export function withRanges(model: ModelFile): ModelFile {
  const last = model.scenarios[model.scenarios.length - 1];
  const paths = last ? defaultSensitivityPaths(model, last.id) : [];
  const inputs: UncertainInput[] = paths.map((p, i) => ({
    id: `r${i}`,
    path: p.path,
    label: p.label,
    distribution: rangeOf(i, Number(readInput(model, p.path))),
  }));
  return { ...model, version: 2, uncertainty: { inputs } };
}

const fixtureDir = 'test/fixtures/models';

export function rangedFixtures(): [string, ModelFile][] {
  const files = readdirSync(fixtureDir).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));
  return [
    ['haarlem-haarlemmermeer', withRanges(haarlemHaarlemmermeer)],
    ['haarlem-haarlemmermeer, its own ranges', haarlemHaarlemmermeerWithRanges],
    ...files.map(
      (f) =>
        [f, withRanges(JSON.parse(readFileSync(`${fixtureDir}/${f}`, 'utf8')) as ModelFile)] as [string, ModelFile],
    ),
    ...[1, 2, 3].map((seed) => [`generated ${seed}`, withRanges(generateModel(seed))] as [string, ModelFile]),
  ];
}
