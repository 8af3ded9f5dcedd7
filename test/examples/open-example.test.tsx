// @vitest-environment jsdom
/**
 * "Voorbeeld openen" on the start screen opens the example with its ranges and workshop controls
 * (version 2), the same model a first start opens, and re-opens an untouched copy instead of
 * adding another.
 */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtInExamples, haarlemHaarlemmermeer, haarlemHaarlemmermeerWithRanges } from '../../src/examples';
import { ExampleCard } from '../../src/features/start/new-model';
import { appStore } from '../../src/state';

const fresh = appStore.getState();
beforeEach(() => {
  appStore.setState({ ...fresh, models: {}, history: {} }, true);
});
afterEach(cleanup);

describe('opening the example', () => {
  it('adds the example with its ranges and controls, once', async () => {
    const user = userEvent.setup();
    render(<ExampleCard />);
    await user.click(screen.getByRole('button', { name: 'Voorbeeld openen' }));
    const models = () => Object.values(appStore.getState().models);
    expect(models()).toHaveLength(1);
    const opened = models()[0]!;
    expect(appStore.getState().activeModelId).toBe(opened.id);
    expect(opened.model).toEqual(haarlemHaarlemmermeerWithRanges);
    expect(opened.model).toEqual(builtInExamples[0]?.model);
    expect(opened.model.version).toBe(2);
    expect(opened.model.uncertainty?.inputs.length).toBeGreaterThan(0);
    expect(opened.model.workshop?.controls.length).toBeGreaterThan(0);
    // A copy, not the module's object (edits must never reach the built-in example).
    expect(opened.model).not.toBe(haarlemHaarlemmermeerWithRanges);

    await user.click(screen.getByRole('button', { name: 'Voorbeeld openen' }));
    expect(models()).toHaveLength(1);
  });

  it('adds the version with ranges even when the plain v1 example is open already', async () => {
    const user = userEvent.setup();
    appStore.getState().addModel(structuredClone(haarlemHaarlemmermeer));
    render(<ExampleCard />);
    await user.click(screen.getByRole('button', { name: 'Voorbeeld openen' }));
    const active = appStore.getState().models[appStore.getState().activeModelId ?? '']?.model;
    expect(active?.uncertainty).toEqual(haarlemHaarlemmermeerWithRanges.uncertainty);
  });
});
