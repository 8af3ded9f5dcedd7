// @vitest-environment jsdom
// The new-version offer: offered, never forced; a tab with unsaved edits is never reloaded.
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UpdateOffer } from '../../src/pwa';
import { registerServiceWorker } from '../../src/pwa/register';
import { getUpdateState, setUpdateState } from '../../src/pwa/update-state';
import { appStore } from '../../src/state';

type Listener = (e: object) => void;
const fake = vi.hoisted(() => ({
  instances: [] as {
    listeners: Map<string, Listener[]>;
    messageSkipWaiting: () => void;
    register: () => Promise<void>;
    update: () => Promise<void>;
  }[],
}));

vi.mock('workbox-window', () => ({
  Workbox: class {
    listeners = new Map<string, Listener[]>();
    messageSkipWaiting = vi.fn();
    register = vi.fn(async () => undefined);
    update = vi.fn(async () => undefined);
    constructor() {
      fake.instances.push(this);
    }
    addEventListener(type: string, l: Listener) {
      this.listeners.set(type, [...(this.listeners.get(type) ?? []), l]);
    }
  },
}));

const fire = (type: string) =>
  act(() => {
    for (const l of fake.instances.at(-1)?.listeners.get(type) ?? []) l({});
  });
const reload = vi.fn();
let isUnsaved = false;
const fresh = appStore.getState();

beforeEach(async () => {
  fake.instances.length = 0;
  reload.mockReset();
  isUnsaved = false;
  vi.stubGlobal('location', { ...window.location, reload });
  setUpdateState({ status: 'none', accept: null });
  appStore.setState({ ...fresh, saveState: 'saved' }, true);
  await registerServiceWorker(() => isUnsaved);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('registering the service worker', () => {
  it('offers a waiting version and takes it over only when the user accepts, then reloads', async () => {
    const wb = fake.instances[0]!;
    expect(wb.register).toHaveBeenCalledOnce();
    fire('waiting');
    expect(getUpdateState().status).toBe('waiting');
    expect(wb.messageSkipWaiting).not.toHaveBeenCalled();
    act(() => getUpdateState().accept?.());
    expect(wb.messageSkipWaiting).toHaveBeenCalledOnce();
    expect(getUpdateState().status).toBe('activating');
    fire('controlling');
    expect(reload).toHaveBeenCalledOnce();
  });

  it('does not take over or reload while edits are unsaved', () => {
    const wb = fake.instances[0]!;
    fire('waiting');
    isUnsaved = true;
    act(() => getUpdateState().accept?.());
    expect(wb.messageSkipWaiting).not.toHaveBeenCalled();
    expect(getUpdateState().status).toBe('waiting');
  });

  it('never reloads when the new version takes over while an edit is unsaved, nor when another tab accepted it', () => {
    fire('waiting');
    act(() => getUpdateState().accept?.());
    isUnsaved = true;
    fire('controlling');
    expect(reload).not.toHaveBeenCalled();
    expect(getUpdateState().status).toBe('active');
    getUpdateState().accept?.();
    expect(reload).not.toHaveBeenCalled();
    isUnsaved = false;
    getUpdateState().accept?.();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('in a tab that did not accept, a version activated elsewhere is only announced', () => {
    fire('controlling');
    expect(reload).not.toHaveBeenCalled();
    expect(getUpdateState().status).toBe('active');
  });
});

describe('the offer', () => {
  it('shows nothing without a new version, and an enabled button only when everything is saved', async () => {
    const user = userEvent.setup();
    const { container } = render(<UpdateOffer />);
    expect(container).toBeEmptyDOMElement();
    fire('waiting');
    // The panel is loaded when there is a new version.
    expect(await screen.findByRole('status')).toHaveTextContent('Er is een nieuwe versie van Kantelpunt.');
    act(() => appStore.getState().setSaveState('pending'));
    expect(screen.getByRole('button', { name: 'Nu bijwerken' })).toBeDisabled();
    expect(screen.getByText(/bijwerken kan zodra alles is opgeslagen/)).toBeInTheDocument();
    act(() => appStore.getState().setSaveState('saved'));
    await user.click(screen.getByRole('button', { name: 'Nu bijwerken' }));
    expect(fake.instances[0]!.messageSkipWaiting).toHaveBeenCalledOnce();
    expect(screen.getByRole('status')).toHaveTextContent('De nieuwe versie wordt geladen');
  });

  it('can be put off with “Later”', async () => {
    const user = userEvent.setup();
    const { container } = render(<UpdateOffer />);
    fire('waiting');
    await user.click(await screen.findByRole('button', { name: 'Later' }));
    expect(container).toBeEmptyDOMElement();
    expect(fake.instances[0]!.messageSkipWaiting).not.toHaveBeenCalled();
  });
});
