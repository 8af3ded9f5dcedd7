/**
 * Starts the guided first case for a model just made from the template (issue 20, item 5):
 * records the template's samples (taken from the model as made, before any edit) and opens the
 * checklist. Loaded on demand by "Model maken", so the start screen's first load stays small.
 */
import type { ModelFile } from '../../engine';
import { templateSamples } from '../../model';
import { startGuide } from '../../state';

export function startGuideFor(id: string, model: ModelFile, givenNames: string[]): void {
  startGuide(id, templateSamples(model, { defaultNames: model.parties.map((_, i) => !givenNames[i]) }));
}
