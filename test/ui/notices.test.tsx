// @vitest-environment jsdom
/** The notice an edit leaves when it removes ranges and workshop sliders with their lever, in both languages. */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Notices } from '../../src/app/notices';
import { haarlemHaarlemmermeerWithRanges } from '../../src/examples';
import { appStore } from '../../src/state';
import { removeChange } from '../../src/model';

const fresh = appStore.getState();
const example = haarlemHaarlemmermeerWithRanges;
const onFirst = (p: string) => p.startsWith('scenarios.s3.changes.0.');
const ranges = (example.uncertainty?.inputs ?? []).filter((r) => onFirst(r.path));
const controls = (example.workshop?.controls ?? []).filter((c) => onFirst(c.path));
const plural = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

beforeEach(() => {
  appStore.setState({ ...fresh, models: {}, history: {}, notices: [] }, true);
});
afterEach(cleanup);

describe('the notice of removed ranges', () => {
  it('says how many ranges and sliders went with the lever, names them, and goes away on undo', () => {
    expect(ranges.length).toBeGreaterThan(1);
    expect(controls.length).toBeGreaterThan(1);
    const id = appStore.getState().addModel(structuredClone(example));
    render(<Notices />);
    act(() => appStore.getState().updateModel(id, (m) => removeChange(m, 's3', 0), 'Verwijderen'));
    const status = screen.getByRole('status');
    expect(status.querySelector('p')?.textContent).toBe(
      `${plural(ranges.length, 'bandbreedte', 'bandbreedtes')} en ${plural(controls.length, 'workshopregelaar', 'workshopregelaars')} verwijderd met deze hefboom. Ongedaan maken zet ze terug.`,
    );
    const names = [...new Set([...ranges, ...controls].map((x) => x.label ?? x.path))];
    expect([...status.querySelectorAll('li')].map((li) => li.textContent)).toEqual(names);
    act(() => appStore.getState().setLocale('en'));
    expect(screen.getByRole('status').querySelector('p')?.textContent).toBe(
      `${ranges.length} ranges and ${controls.length} workshop sliders removed with this lever. Undo brings them back.`,
    );
    act(() => appStore.getState().undo());
    expect(screen.queryByRole('status')).toBeNull();
  });
});
