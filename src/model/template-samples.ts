/**
 * The sample figures of a model made from the template (issue 20, item 5): what the template
 * filled in, recorded when the model is made, so the guided first case can show, step by step,
 * which of them are still in the model as the template wrote them. A value the user has edited
 * (even back and forth) no longer counts as a sample once it differs; a step the user marks as
 * done confirms the samples left in it. The scenario step's samples are the levers whose note
 * still marks them as "to be confirmed" (levers.ts), read from the model itself.
 */
import type { ModelFile } from '../engine';
import { isToConfirm } from './levers';

export const GUIDE_STEPS = ['parties', 'baseline', 'scenarios', 'keys', 'results'] as const;
export type GuideStep = (typeof GUIDE_STEPS)[number];

/** Where a sample sits: a party field, a baseline line or staff entry, or a party's allocation. */
export type SampleRef =
  | { kind: 'party'; party: string; field: 'name' | 'inhabitants' | 'workstations' | 'employees' | 'costPerFte' }
  | { kind: 'line'; party: string; line: string }
  | { kind: 'staff'; party: string; group: string }
  | { kind: 'allocation'; party: string };

/** One sample: where it sits, which step it belongs to, and the template's value (as JSON). */
export type Sample = { step: GuideStep; ref: SampleRef; value: string };

const baselineOf = (m: ModelFile) => m.scenarios.find((s) => s.basedOn === null);

/** The value at a sample's place now (JSON), or null when the place is gone. */
export function sampleValue(model: ModelFile, ref: SampleRef): string | null {
  const party = model.parties.find((p) => p.id === ref.party);
  if (!party) return null;
  const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));
  switch (ref.kind) {
    case 'party':
      return json(party[ref.field]);
    case 'allocation':
      return json(party.allocation);
    case 'line':
      return json(baselineOf(model)?.lines?.find((l) => l.id === ref.line));
    case 'staff':
      return json(baselineOf(model)?.staff?.find((s) => s.party === ref.party && s.group === ref.group));
  }
}

/** Every sample the template wrote into a fresh model (call right after making it). */
export function templateSamples(model: ModelFile, opts: { defaultNames: boolean[] } = { defaultNames: [] }): Sample[] {
  const out: Sample[] = [];
  const add = (step: GuideStep, ref: SampleRef) => {
    const value = sampleValue(model, ref);
    if (value !== null) out.push({ step, ref, value });
  };
  model.parties.forEach((p, i) => {
    if (p.kind === 'municipality') {
      if (opts.defaultNames[i]) add('parties', { kind: 'party', party: p.id, field: 'name' });
      for (const field of ['inhabitants', 'workstations', 'employees'] as const)
        add('parties', { kind: 'party', party: p.id, field });
    }
    add('parties', { kind: 'party', party: p.id, field: 'costPerFte' });
    if (p.allocation) add('keys', { kind: 'allocation', party: p.id });
  });
  const base = baselineOf(model);
  for (const l of base?.lines ?? []) add('baseline', { kind: 'line', party: l.party, line: l.id });
  for (const s of base?.staff ?? []) add('baseline', { kind: 'staff', party: s.party, group: s.group });
  return out;
}

/** The samples still as the template wrote them. */
export function remainingSamples(model: ModelFile, samples: readonly Sample[]): Sample[] {
  return samples.filter((s) => sampleValue(model, s.ref) === s.value);
}

/** The scenario levers still marked "to be confirmed": scenario and change index. */
export function leversToConfirm(model: ModelFile): { scenario: string; index: number }[] {
  return model.scenarios.flatMap((s) =>
    (s.changes ?? []).flatMap((c, index) => (isToConfirm(c) ? [{ scenario: s.id, index }] : [])),
  );
}
