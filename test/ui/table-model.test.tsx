// @vitest-environment jsdom
// "Model uit tabel" (issue 19, item 4): every problem named by row and column before anything is
// created, a preview with the amounts the baseline will hold, and the model created on request.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TableModelCard } from '../../src/features/start/table-model-card';
import { appStore } from '../../src/state';

const fresh = appStore.getState();
beforeEach(() => appStore.setState({ ...fresh, models: {}, history: {} }, true));
afterEach(cleanup);

async function open() {
  const user = userEvent.setup();
  render(<TableModelCard />);
  await user.click(screen.getByRole('button', { name: 'Tabel plakken of inlezen' }));
  await screen.findByLabelText(/Tabel van gemeenten/); // the panel loads lazily
  return user;
}
const paste = (text: string) =>
  fireEvent.change(screen.getByLabelText(/Tabel van gemeenten/), { target: { value: text } });

describe('a model from a table', () => {
  it('names each bad cell by row and column and creates nothing', async () => {
    await open();
    paste('Naam\tInwoners\tRegio\nHaarlem\t162.000\tNoord\nLeiden\tveel\tZuid\nhaarlem\t1000\tNoord');
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('rij 3, kolom Inwoners: “veel” is geen getal')).toBeTruthy();
    expect(within(alert).getByText('rij 4, kolom Naam: haarlem staat ook in rij 2')).toBeTruthy();
    const create = screen.getByRole('button', { name: /Model maken/ });
    expect(create).toHaveProperty('disabled', true);
    expect(Object.keys(appStore.getState().models)).toHaveLength(0);
  });

  it('shows the benchmark as the template source and a preview, then creates the model', async () => {
    const user = await open();
    expect(screen.getByText('ICT Benchmark Gemeenten 2023, boekjaar 2022: software € 36 per inwoner')).toBeTruthy();
    paste('Naam\tInwoners\tRegio\nHaarlem\t162.000\tNoord\nZandvoort\t17.000\tNoord\nBreda\t185.000\tZuid\n');
    expect(screen.getByText(/3 gemeenten, samen 364\.000 inwoners/)).toBeTruthy();
    expect(
      screen.getByText(/2 scenario’s met een ICT-centrum: Noord \(2 gemeenten\), Zuid \(1 gemeente\)/),
    ).toBeTruthy();
    const preview = screen.getByRole('table', { name: /De eerste 3 gemeenten/ });
    // Haarlem: 162.000 × € 36 software.
    expect(within(preview).getByText('€ 5.832.000')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Model maken (3 gemeenten)' }));
    const s = appStore.getState();
    const model = Object.values(s.models)[0]!.model;
    expect(model.parties.map((p) => p.name)).toEqual([
      'Haarlem',
      'Zandvoort',
      'Breda',
      'ICT-centrum Noord',
      'ICT-centrum Zuid',
    ]);
    expect(model.scenarios.map((x) => x.name)).toEqual(['Baseline', 'ICT-centrum Noord', 'ICT-centrum Zuid']);
    expect(s.screen).toBe('results');
  });
});
