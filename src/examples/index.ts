import type { ModelFile } from '../engine';
import haarlemHaarlemmermeerJson from './haarlem-haarlemmermeer.json';

/** The built-in example models, as model files. The first is what a first start opens. */
export const haarlemHaarlemmermeer = haarlemHaarlemmermeerJson as ModelFile;

export const builtInExamples: readonly { id: string; model: ModelFile }[] = [
  { id: 'haarlem-haarlemmermeer', model: haarlemHaarlemmermeer },
];
