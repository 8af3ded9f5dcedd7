// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  EditableGrid,
  numberParser,
  parseClipboardBlock,
  formatClipboardBlock,
  type GridEdit,
} from '../../src/components/grid';
import { formatDecimal } from '../../src/i18n/format';
import { appStore } from '../../src/state';

const years = ['2013', '2014', '2015', '2016', '2017'];
const groups = ['Management', 'Technisch beheer', 'Functioneel beheer', 'Bedrijfsbureau'];

let commits: GridEdit[][] = [];

function Harness({ readOnlyCol }: { readOnlyCol?: number }) {
  const [values, setValues] = useState(() => groups.map(() => years.map(() => '1')));
  return (
    <EditableGrid
      label="FTE per functiegroep"
      corner="Functiegroep"
      rows={groups.map((g) => ({ id: g, label: g }))}
      columns={years.map((y) => ({ id: y, label: y }))}
      cell={(r, c) => ({
        display: formatDecimal(values[r]![c]!, 'nl', 1),
        edit: values[r]![c]!.replace('.', ','),
        isReadOnly: c === readOnlyCol,
      })}
      parse={numberParser({ min: 0 }, 'nl')}
      onCommit={(edits) => {
        commits.push(edits);
        setValues((v) =>
          v.map((row, r) => row.map((x, c) => edits.find((e) => e.row === r && e.col === c)?.value ?? x)),
        );
      }}
    />
  );
}

/** A row whose later years carry the last value forward (shown as derived), as the measure grids do. */
function CarryHarness() {
  const [own, setOwn] = useState<Record<number, string>>({ 0: '1' });
  const value = (c: number) =>
    own[
      Math.max(
        ...Object.keys(own)
          .map(Number)
          .filter((k) => k <= c),
      )
    ]!;
  return (
    <EditableGrid
      label="Inwoners"
      corner="Gemeente"
      rows={[{ id: 'a', label: 'Aa' }]}
      columns={years.map((y) => ({ id: y, label: y }))}
      cell={(_r, c) => ({ display: value(c), tone: own[c] !== undefined ? 'explicit' : 'derived' })}
      parse={numberParser({ min: 0 }, 'nl')}
      onCommit={(edits) => {
        commits.push(edits);
        setOwn((o) => ({ ...o, ...Object.fromEntries(edits.map((e) => [e.col, e.value])) }));
      }}
    />
  );
}

const cell = (row: number, col: number) => within(screen.getAllByRole('row')[row + 1]!).getAllByRole('gridcell')[col]!;

beforeEach(() => {
  commits = [];
  appStore.setState({ locale: 'nl' });
});
afterEach(cleanup);

describe('the clipboard block format', () => {
  it('reads tab/newline blocks, quoted cells and the trailing newline of Excel', () => {
    expect(parseClipboardBlock('1\t2\t3\r\n4\t5\t6\r\n')).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
    expect(parseClipboardBlock('"a\tb"\t"say ""hi"""\n"x\ny"\t1')).toEqual([
      ['a\tb', 'say "hi"'],
      ['x\ny', '1'],
    ]);
    expect(parseClipboardBlock('1.234,56')).toEqual([['1.234,56']]);
    expect(parseClipboardBlock('\t\n')).toEqual([['', '']]);
    expect(
      formatClipboardBlock([
        ['a\tb', '1'],
        ['2', '3'],
      ]),
    ).toBe('"a\tb"\t1\n2\t3');
  });
});

describe('the editable grid', () => {
  it('has grid roles, labels and one tab stop', () => {
    render(<Harness />);
    const grid = screen.getByRole('grid', { name: 'FTE per functiegroep' });
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Functiegroep', ...years]);
    expect(
      within(grid)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(groups);
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  it('moves with arrow keys, Home/End and Tab, and edits with Enter', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(cell(0, 0));
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}');
    expect(cell(1, 2)).toHaveFocus();
    await user.keyboard('{End}');
    expect(cell(1, 4)).toHaveFocus();
    await user.keyboard('{Home}{Tab}');
    expect(cell(1, 1)).toHaveFocus();
    await user.keyboard('{Enter}');
    const input = screen.getByRole('textbox', { name: 'Bewerk Technisch beheer, 2014' });
    await user.clear(input);
    await user.type(input, '12,5{Enter}');
    expect(commits).toEqual([[{ row: 1, col: 1, value: '12.5' }]]);
    expect(cell(1, 1)).toHaveTextContent('12,5');
    expect(cell(2, 1)).toHaveFocus();
  });

  it('starts editing by typing, confirms with Tab and cancels with Escape', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(cell(0, 0));
    await user.keyboard('7{Tab}');
    expect(commits).toEqual([[{ row: 0, col: 0, value: '7' }]]);
    expect(cell(0, 1)).toHaveFocus();
    await user.keyboard('99{Escape}');
    expect(commits).toHaveLength(1);
    expect(cell(0, 1)).toHaveTextContent('1,0');
    expect(cell(0, 1)).toHaveFocus();
  });

  it('keeps an invalid value visible with its message and does not write it', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(cell(0, 0));
    await user.keyboard('abc{Enter}');
    expect(commits).toEqual([]);
    expect(cell(0, 0)).toHaveTextContent('abc');
    expect(cell(0, 0)).toHaveAttribute('aria-invalid', 'true');
    expect(cell(0, 0)).toHaveAccessibleDescription(/Geen getal/);
    expect(screen.getByRole('alert')).toHaveTextContent('Management, 2013: “abc”');
    await user.keyboard('{ArrowUp}-3{Enter}');
    expect(cell(0, 0)).toHaveTextContent('-3');
    expect(cell(0, 0)).toHaveAccessibleDescription('Moet minstens 0 zijn.');
    // Editing it again starts from the invalid text; a valid value replaces it.
    await user.keyboard('{ArrowUp}{Enter}');
    expect(screen.getByRole('textbox')).toHaveValue('-3');
    await user.keyboard('{Control>}a{/Control}4{Enter}');
    expect(commits).toEqual([[{ row: 0, col: 0, value: '4' }]]);
    expect(cell(0, 0)).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('pastes a 3×5 block from a spreadsheet as one edit, Dutch and plain numbers both', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(cell(1, 0));
    const block = '1.234,5\t2\t3\t4\t5\r\n6\t7.5\t8\t9\t10\r\n11\t12\t13\t14\t15,25\r\n';
    fireEvent.paste(cell(1, 0), { clipboardData: { getData: () => block } });
    expect(commits).toHaveLength(1);
    expect(commits[0]).toHaveLength(15);
    expect(commits[0]![0]).toEqual({ row: 1, col: 0, value: '1234.5' });
    expect(commits[0]![6]).toEqual({ row: 2, col: 1, value: '7.5' });
    expect(cell(3, 4)).toHaveTextContent('15,3');
    expect(screen.getByRole('status')).toHaveTextContent('15 waarde(n) geplakt.');
  });

  it('never drops pasted values silently: invalid, outside and fixed cells are reported', async () => {
    const user = userEvent.setup();
    render(<Harness readOnlyCol={4} />);
    await user.click(cell(2, 2));
    fireEvent.paste(cell(2, 2), { clipboardData: { getData: () => '1\tx\t3\n4\t5\t6\n7\t8\t9' } });
    expect(commits[0]).toEqual([
      { row: 2, col: 2, value: '1' },
      { row: 3, col: 2, value: '4' },
      { row: 3, col: 3, value: '5' },
    ]);
    expect(cell(2, 3)).toHaveTextContent('x');
    const status = screen.getByRole('status').textContent;
    expect(status).toContain('1 geplakte waarde(n) zijn ongeldig');
    expect(status).toContain('3 geplakte waarde(n) vielen buiten de tabel');
    expect(status).toContain('2 geplakte waarde(n) kwamen in vaste cellen');
  });

  it('selects with Shift+arrows, copies the block and clears it with Delete', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(cell(0, 0));
    await user.keyboard('{Shift>}{ArrowRight}{ArrowDown}{/Shift}');
    expect(cell(1, 1)).toHaveAttribute('aria-selected', 'true');
    expect(cell(2, 2)).toHaveAttribute('aria-selected', 'false');
    let copied = '';
    fireEvent.copy(cell(1, 1), {
      clipboardData: {
        setData: (_: string, v: string) => {
          copied = v;
        },
      },
    });
    expect(copied).toBe('1\t1\n1\t1');
    await user.keyboard('{Delete}');
    // The cells need a number: clearing them is refused, and said so, cell by cell.
    expect(commits).toEqual([]);
    expect(screen.getByRole('alert').querySelectorAll('li')).toHaveLength(4);
    await act(async () => {
      await user.keyboard('{Escape}');
    });
    expect(cell(1, 1)).not.toHaveAttribute('aria-invalid');
  });

  it('shows an edit in every cell it changes, and acts on the latest values afterwards', async () => {
    const user = userEvent.setup();
    render(<CarryHarness />);
    expect([0, 1, 2, 3, 4].map((c) => cell(0, c).textContent)).toEqual(['1', '1', '1', '1', '1']);
    await user.dblClick(cell(0, 2));
    const input = screen.getByRole('textbox', { name: 'Bewerk Aa, 2015' });
    await user.clear(input);
    await user.type(input, '5{Enter}');
    // The later years follow (their display changed, so they are drawn again); the earlier stay.
    expect([0, 1, 2, 3, 4].map((c) => cell(0, c).textContent)).toEqual(['1', '1', '5', '5', '5']);
    expect(cell(0, 2)).toHaveClass('is-explicit');
    expect(cell(0, 3)).toHaveClass('is-derived');
    // A cell not drawn again since the edit still starts its editor from the current values and
    // commits to its own place.
    await user.dblClick(cell(0, 4));
    expect(screen.getByRole('textbox', { name: 'Bewerk Aa, 2017' })).toHaveValue('5');
    await user.keyboard('{Control>}a{/Control}8{Enter}');
    expect(commits).toEqual([[{ row: 0, col: 2, value: '5' }], [{ row: 0, col: 4, value: '8' }]]);
    expect([0, 1, 2, 3, 4].map((c) => cell(0, c).textContent)).toEqual(['1', '1', '5', '5', '8']);
    await user.dblClick(cell(0, 0));
    await user.keyboard('{Escape}');
    expect(cell(0, 0)).toHaveFocus();
    expect(cell(0, 0)).toHaveAttribute('aria-selected', 'true');
    expect(cell(0, 4)).toHaveAttribute('aria-selected', 'false');
  });
});
