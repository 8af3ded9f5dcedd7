// @vitest-environment jsdom
/**
 * The guided first case (issue 20, item 5): after "Model maken" a checklist shows each step,
 * whether it is done and which template samples are still unchanged; the renewal line is
 * explained; the list can be hidden and shown again, and is kept per model.
 */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GuideChecklist } from '../../src/features/guide';
import { createTemplateModel, remainingSamples, templateSamples } from '../../src/model';
import { appStore, startGuide, updateGuide } from '../../src/state';

const fresh = appStore.getState();
let id = '';
const template = () =>
  createTemplateModel({
    municipalities: 3,
    isWithCentre: true,
    startYear: 2026,
    years: 5,
    title: 'Drie gemeenten',
    names: ['Bloemendaal', 'Heemstede'],
    centreName: 'ICT-centrum',
    scenarioName: 'Samenwerking',
    baselineName: 'Baseline',
  });
const step = (name: string) => screen.getByText(name, { selector: 'strong' }).closest('li') as HTMLElement;

beforeEach(() => {
  localStorage.clear();
  appStore.setState({ ...fresh, models: {}, history: {}, locale: 'nl', screen: 'setup' }, true);
  const model = template();
  id = appStore.getState().addModel(model);
  startGuide(id, templateSamples(model, { defaultNames: [false, false, true, false] }));
});
afterEach(cleanup);

describe('the samples of a template model', () => {
  it('are recorded per step; a changed value is no longer one', () => {
    const model = template();
    const samples = templateSamples(model, { defaultNames: [false, false, true, false] });
    const count = (step: string) => samples.filter((s) => s.step === step).length;
    // 3 × (inhabitants, workstations, employees, cost per FTE) + the third's default name + the centre's cost per FTE.
    expect(count('parties')).toBe(14);
    // 3 × (6 operating cost lines, the renewal line, 6 staff entries).
    expect(count('baseline')).toBe(39);
    expect(count('keys')).toBe(1);
    model.parties[0]!.inhabitants = { '2026': 24000 };
    expect(remainingSamples(model, samples)).toHaveLength(samples.length - 1);
  });
});

describe('the checklist of a new model', () => {
  it('shows each step with its samples, follows edits, and can be ticked off', async () => {
    const user = userEvent.setup();
    render(<GuideChecklist />);
    expect(screen.getByRole('region', { name: 'Stappenplan voor uw eigen model' })).toBeInTheDocument();
    expect(screen.getByText('0 van de 5 stappen klaar')).toBeInTheDocument();
    const parties = step('Partijen');
    expect(parties).toHaveTextContent('14 voorbeeldwaarde(n) nog niet aangepast');
    expect(within(parties).getByText('Gemeente 3: naam')).toBeInTheDocument();
    expect(within(parties).getByText('Bloemendaal: inwoners')).toBeInTheDocument();
    expect(step('Scenario’s')).toHaveTextContent('3 hefboom/hefbomen nog te bevestigen');
    // Only the next step (Partijen) is explained; the Baseline step once its screen is open.
    expect(step('Baseline')).not.toHaveTextContent('per inwoner geïnvesteerd');
    act(() => appStore.getState().setScreen('baseline'));
    // The renewal line, explained with its own figures.
    expect(step('Baseline')).toHaveTextContent(
      'elk jaar wordt € 4,56 per inwoner geïnvesteerd in vervanging van applicaties, afgeschreven in 5 jaar, met 2,0% rente',
    );

    // An edit takes a value off the list.
    appStore.getState().updateModel(id, (m) => {
      m.parties[0]!.inhabitants = { '2026': 24000 };
    });
    expect(await within(step('Partijen')).findByText(/13 voorbeeldwaarde/)).toBeInTheDocument();
    expect(within(step('Partijen')).queryByText('Bloemendaal: inwoners')).toBeNull();

    // Ticking a step off makes it done; it can be reopened.
    await user.click(screen.getByRole('button', { name: 'Stap Verdeelsleutels afvinken' }));
    expect(step('Verdeelsleutels').querySelector('[data-status]')).toHaveAttribute('data-status', 'done');
    expect(screen.getByText('1 van de 5 stappen klaar')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stap Verdeelsleutels weer openzetten' }));
    expect(step('Verdeelsleutels').querySelector('[data-status]')).toHaveAttribute('data-status', 'open');

    // "Naar …" goes to the step's screen.
    await user.click(within(step('Baseline')).getByRole('button', { name: 'Naar Baseline' }));
    expect(appStore.getState().screen).toBe('baseline');
  });

  it('is hidden and shown again, kept per model; other models have none', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<GuideChecklist />);
    await user.click(screen.getByRole('button', { name: 'Stappenplan verbergen' }));
    expect(screen.queryByRole('region', { name: 'Stappenplan voor uw eigen model' })).toBeNull();
    expect(JSON.parse(localStorage.getItem(`kantelpunt-guide:${id}`)!).isHidden).toBe(true);
    unmount();
    render(<GuideChecklist />);
    await user.click(screen.getByRole('button', { name: 'Stappenplan tonen (0 van 5 klaar)' }));
    expect(screen.getByRole('region', { name: 'Stappenplan voor uw eigen model' })).toBeInTheDocument();
    cleanup();

    // A model without a guide (an opened file, the example) shows nothing.
    appStore.getState().addModel(template());
    const { container } = render(<GuideChecklist />);
    expect(container).toBeEmptyDOMElement();
    updateGuide(id, (r) => r); // unknown to the open model: no effect, no error
  });

  it('counts Resultaten as done once the results screen is open', async () => {
    appStore.getState().setScreen('results');
    render(<GuideChecklist />);
    expect(await screen.findByText('1 van de 5 stappen klaar')).toBeInTheDocument();
  });
});
