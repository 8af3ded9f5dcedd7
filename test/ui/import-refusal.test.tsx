// @vitest-environment jsdom
// Issue 21, item 6, on the screen: a 100,000-row CSV is refused with a message that names the
// row limit, and what was open stays open (the model, the preview of the file read before).
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it } from 'vitest';
import example from '../../src/examples/haarlem-haarlemmermeer.json';
import type { ModelFile } from '../../src/engine';
import { ImportScreen } from '../../src/features/import';
import { appStore } from '../../src/state';

const fresh = appStore.getState();
let id = '';
const model = () => appStore.getState().models[id]!.model;

beforeEach(() => {
  appStore.setState({ ...fresh, models: {}, history: {} }, true);
  id = appStore.getState().addModel(structuredClone(example as ModelFile));
});
afterEach(cleanup);

it('a 100,000-row CSV is refused naming the limit; the model and the open preview stay', async () => {
  const before = model();
  const y0 = before.horizon.startYear;
  const user = userEvent.setup();
  render(<ImportScreen />);
  const input = screen.getByLabelText('Bestand kiezen');
  await user.upload(input, new File([`Categorie;${y0}\r\nApplicaties;100\r\n`], 'goed.csv'));
  await screen.findByRole('heading', { name: 'Voorbeeld: goed.csv' });

  const rows = Array.from({ length: 100_000 }, (_, i) => `Regel ${i};1`).join('\r\n');
  await user.upload(input, new File([`Categorie;${y0}\r\n${rows}`], 'begroting.csv'));
  const status = await screen.findByText(/^begroting\.csv kon niet worden gelezen/);
  expect(status).toHaveTextContent(
    'begroting.csv kon niet worden gelezen: de tabel heeft meer dan 1.000 rijen, en er is niet verder gelezen.',
  );
  expect(status).toHaveTextContent('Er is niets veranderd.');
  expect(screen.getByRole('heading', { name: 'Voorbeeld: goed.csv' })).toBeInTheDocument();
  expect(model()).toBe(before);
});
