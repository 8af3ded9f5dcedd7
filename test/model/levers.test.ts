/** Levers to be confirmed and a scale's first year (issue 20, items 2 and 3). */
import { describe, expect, it } from 'vitest';
import type { ScaleChange } from '../../src/engine';
import { confirmChange, isToConfirm, pendingChange, setScaleFrom, toConfirmReason } from '../../src/model';

const scale = (c: Partial<ScaleChange>): ScaleChange => ({ op: 'scale', select: { category: 'applications' }, ...c });

describe('a scale’s first year', () => {
  it('moves the phase-in schedule along with it, keeping its shape', () => {
    const c = scale({ from: 2027, reduction: 0.1, phaseIn: { 2027: 0.5, 2028: 1 } });
    setScaleFrom(c, 2028);
    expect(c).toMatchObject({ from: 2028, phaseIn: { 2028: 0.5, 2029: 1 } });
    setScaleFrom(c, 2026);
    expect(c.phaseIn).toEqual({ 2026: 0.5, 2027: 1 });
  });
  it('moves a factor map too, and leaves a plain factor alone', () => {
    const c = scale({ from: 2027, factor: { 2027: 0.9 } });
    setScaleFrom(c, 2029);
    expect(c).toMatchObject({ from: 2029, factor: { 2029: 0.9 } });
    const plain = scale({ from: 2027, factor: 0.9 });
    setScaleFrom(plain, 2029);
    expect(plain).toMatchObject({ from: 2029, factor: 0.9 });
  });
  it('without a first year before, starts the schedule at the new one; removing it keeps the schedule', () => {
    const c = scale({ reduction: 0.1, phaseIn: { 2027: 1 } });
    setScaleFrom(c, 2028);
    expect(c).toMatchObject({ from: 2028, phaseIn: { 2028: 1 } });
    setScaleFrom(c, undefined);
    expect(c.from).toBeUndefined();
    expect(c.phaseIn).toEqual({ 2028: 1 });
  });
});

describe('levers to be confirmed', () => {
  it('a new lever is off and marked; confirming switches it on and removes the mark', () => {
    const c = pendingChange(scale({ reduction: 0.1 }), 'nl');
    expect(c.enabled).toBe(false);
    expect(isToConfirm(c)).toBe(true);
    expect(toConfirmReason(c)).toBe('nieuwe hefboom met voorbeeldwaarden; pas ze aan en kies Bevestigen');
    confirmChange(c);
    expect(c).toEqual(scale({ reduction: 0.1 }));
  });
  it('recognises the mark in either language and leaves other notes alone', () => {
    expect(isToConfirm(pendingChange(scale({}), 'en'))).toBe(true);
    const own = scale({ note: 'Afspraak met de colleges', enabled: false });
    expect(isToConfirm(own)).toBe(false);
    confirmChange(own);
    expect(own).toEqual(scale({ note: 'Afspraak met de colleges' }));
  });
});
