// @vitest-environment jsdom
/** Issue 20 item 8: a note where rounded figures in a table do not add up to the shown total. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MoneyTable } from '../../src/features/results/money-table';

afterEach(cleanup);

const rows = (a: string, b: string, total: string) => [
  { id: 'a', label: 'A', values: [a, '1.00'], query: () => null },
  { id: 'b', label: 'B', values: [b, '2.00'], query: () => null },
  { id: 'total', label: 'Totaal', values: [total, '3.00'], query: () => null },
];

describe('MoneyTable rounding note', () => {
  it('names the years whose rounded parts do not add up to the total', () => {
    render(<MoneyTable caption="Kosten" years={[2020, 2021]} rows={rows('1.40', '1.40', '2.80')} totalRowId="total" />);
    expect(
      screen.getByText(/^Door afronding tellen de bedragen in 2020 niet precies op tot het totaal/),
    ).toBeInTheDocument();
  });
  it('says nothing when they add up, or without a total row', () => {
    const { container } = render(
      <MoneyTable caption="Kosten" years={[2020, 2021]} rows={rows('1.40', '1.60', '3.00')} totalRowId="total" />,
    );
    expect(container.querySelector('[data-rounding-note]')).toBeNull();
    cleanup();
    const other = render(<MoneyTable caption="Kosten" years={[2020, 2021]} rows={rows('1.40', '1.40', '2.80')} />);
    expect(other.container.querySelector('[data-rounding-note]')).toBeNull();
  });
});
