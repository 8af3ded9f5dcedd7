// @vitest-environment jsdom
/** i18n knows the page's locale without importing the store; the app's store drives it. */
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defineMessages, pageLocale, setPageLocale, useLocale, useT } from '../../src/i18n';
import { appStore, createAppStore } from '../../src/state';

const messages = defineMessages({ nl: { hello: 'Hallo {name}' }, en: { hello: 'Hello {name}' } });

afterEach(() => {
  act(() => appStore.getState().setLocale('nl'));
});

describe('the page locale', () => {
  it('follows the app store, set through setLocale or setState, and re-renders useT', () => {
    const { result } = renderHook(() => ({ locale: useLocale(), t: useT(messages) }));
    expect(result.current.locale).toBe('nl');
    expect(result.current.t('hello', { name: 'Ada' })).toBe('Hallo Ada');
    act(() => appStore.getState().setLocale('en'));
    expect(result.current.t('hello', { name: 'Ada' })).toBe('Hello Ada');
    act(() => appStore.setState({ locale: 'nl' }));
    expect(result.current.locale).toBe('nl');
  });

  it('is not driven by a second store (a test store, a simulated tab)', () => {
    const other = createAppStore();
    other.getState().setLocale('en');
    expect(pageLocale()).toBe('nl');
  });

  it('can be set without any store', () => {
    const { result } = renderHook(() => useLocale());
    act(() => setPageLocale('en'));
    expect(result.current).toBe('en');
    act(() => setPageLocale('nl'));
    expect(result.current).toBe('nl');
  });
});
