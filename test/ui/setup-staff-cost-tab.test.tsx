// @vitest-environment jsdom
// Issue 20, item 5: the cost per FTE is where the tab name says — on "Kosten per fte", not
// under "Afschrijving en rente" (which keeps the interest); and an address can name the tab.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it } from 'vitest';
import example from '../../src/examples/haarlem-haarlemmermeer.json';
import type { ModelFile } from '../../src/engine';
import { ModelSetupScreen } from '../../src/features/model-setup';
import { appStore } from '../../src/state';

const fresh = appStore.getState();
beforeEach(() => {
  appStore.setState({ ...fresh, models: {}, history: {}, locale: 'nl' }, true);
  appStore.getState().addModel(structuredClone(example as ModelFile));
});
afterEach(() => {
  cleanup();
  window.location.hash = '';
});

it('shows the cost per FTE per party on the Kosten per fte tab and the interest on Afschrijving en rente', async () => {
  const user = userEvent.setup();
  render(<ModelSetupScreen />);
  await user.click(screen.getByRole('tab', { name: 'Kosten per fte' }));
  const costs = screen.getByRole('grid', { name: 'Kosten per fte, per partij' });
  expect(costs).toHaveTextContent('Eigen personeel (€ per fte)');
  expect(costs).toHaveTextContent('Inhuur (€ per fte)');
  await user.click(screen.getByRole('tab', { name: 'Afschrijving en rente' }));
  const interest = screen.getByRole('grid', { name: 'Rente' });
  expect(interest).not.toHaveTextContent('per fte');
  expect(screen.queryByRole('grid', { name: 'Kosten per fte, per partij' })).toBeNull();
});

it('opens the tab an address names (#/setup/parties)', () => {
  window.location.hash = '#/setup/parties';
  render(<ModelSetupScreen />);
  expect(screen.getByRole('tab', { name: 'Partijen' })).toHaveAttribute('aria-selected', 'true');
});
