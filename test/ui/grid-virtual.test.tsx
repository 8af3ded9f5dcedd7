// @vitest-environment jsdom
// A grid of 342 municipalities (issue 19, item 5): only the rows in view are rendered, the grid
// still tells assistive technology it has 342 rows and where each rendered row stands, and
// keyboard moves bring the target row into view and focus it.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EditableGrid, numberParser } from '../../src/components/grid';
import { appStore } from '../../src/state';

const names = Array.from({ length: 342 }, (_, i) => `Gemeente ${i + 1}`);

function Harness() {
  const [values, setValues] = useState(() => names.map((_, i) => String(10000 + i)));
  return (
    <EditableGrid
      label="Inwoners"
      corner="Gemeente"
      rows={names.map((n) => ({ id: n, label: n }))}
      columns={[{ id: '2027', label: '2027' }]}
      cell={(r) => ({ display: values[r]! })}
      parse={numberParser({ min: 0, isInteger: true }, 'nl')}
      onCommit={(edits) => setValues((v) => v.map((x, r) => edits.find((e) => e.row === r)?.value ?? x))}
    />
  );
}

const bodyRows = () => within(screen.getByRole('grid')).getAllByRole('row').slice(1);

beforeEach(() => appStore.setState({ locale: 'nl' }));
afterEach(cleanup);

describe('a long grid', () => {
  it('renders far fewer rows than it has, and says how many it has', () => {
    render(<Harness />);
    const grid = screen.getByRole('grid', { name: 'Inwoners' });
    expect(grid.getAttribute('aria-rowcount')).toBe('343');
    const rows = bodyRows();
    expect(rows.length).toBeLessThan(60);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows[0]!.getAttribute('aria-rowindex')).toBe('2');
    expect(within(rows[0]!).getByRole('rowheader').textContent).toBe('Gemeente 1');
    expect(screen.queryByText('Gemeente 342')).toBeNull();
  });

  it('scrolls the target row of a keyboard move into view and focuses it', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const first = within(bodyRows()[0]!).getByRole('gridcell');
    first.focus();
    await user.keyboard('{Control>}{ArrowDown}{/Control}');
    const focused = document.activeElement as HTMLElement;
    expect(focused.getAttribute('data-pos')).toBe('341:0');
    const row = focused.closest('tr')!;
    expect(row.getAttribute('aria-rowindex')).toBe('343');
    expect(within(row).getByRole('rowheader').textContent).toBe('Gemeente 342');
    expect(bodyRows().length).toBeLessThan(60);
    // Page up ten rows: still rendered and focused, numbered as in the whole grid.
    await user.keyboard('{PageUp}');
    expect((document.activeElement as HTMLElement).closest('tr')!.getAttribute('aria-rowindex')).toBe('333');
    // Back to the top: the first rows are rendered again.
    await user.keyboard('{Control>}{Home}{/Control}');
    expect((document.activeElement as HTMLElement).getAttribute('data-pos')).toBe('0:0');
    expect(screen.getByText('Gemeente 1')).toBeTruthy();
  });

  it('renders the rows a scroll brings into view, and an edit far down still commits', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const box = screen.getByRole('grid').parentElement!;
    Object.defineProperty(box, 'scrollTop', { value: 300 * 33, configurable: true });
    fireEvent.scroll(box);
    expect(screen.getByText('Gemeente 305')).toBeTruthy();
    expect(screen.queryByText('Gemeente 1')).toBeNull();
    const row = screen.getByText('Gemeente 305').closest('tr')!;
    expect(row.getAttribute('aria-rowindex')).toBe('306');
    await user.dblClick(within(row).getByRole('gridcell'));
    await user.keyboard('{Control>}a{/Control}55000{Enter}');
    expect(within(screen.getByText('Gemeente 305').closest('tr')!).getByRole('gridcell').textContent).toBe('55000');
  });
});
