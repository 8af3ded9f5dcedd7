/** The store's screen ids and the app's screen entries are the same list; a misspelt id does not compile. */
import { describe, expect, it } from 'vitest';
import { screens } from '../../src/app/screens';
import { createAppStore, isScreenId, SCREEN_IDS } from '../../src/state';

describe('screen ids', () => {
  it('name every screen of the app, in navigation order', () => {
    expect(screens.map((s) => s.id)).toEqual([...SCREEN_IDS]);
  });

  it('are checked at compile time and when read from storage', () => {
    const store = createAppStore();
    store.getState().setScreen('baseline');
    // @ts-expect-error: not a screen id
    store.getState().setScreen('baselin');
    expect(isScreenId('baseline')).toBe(true);
    expect(isScreenId('baselin')).toBe(false);
  });
});
