// Placeholder until the results screen lands (the results helper replaces this file).
import { createElement } from 'react';

export function ResultsScreen() {
  return createElement('div', { className: 'screen' }, createElement('h1', null, 'Resultaten'), createElement('p', null, 'De resultaten volgen.'));
}
