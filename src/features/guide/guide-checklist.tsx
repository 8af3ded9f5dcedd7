/**
 * The guided first case (issue 20, item 5): after "Model maken", a checklist above every screen
 * of the new model leads through parties → baseline → scenarios → keys → results, and shows per
 * step whether it is done and which of the template's sample values are still in it. It can be
 * hidden and shown again; its state is kept per model (state/guide.ts).
 */
import { useEffect, type ReactNode } from 'react';
import type { ModelFile } from '../../engine';
import { formatMoney, formatPercent, useLocale, useT } from '../../i18n';
import {
  categoryLabel,
  GUIDE_STEPS,
  groupLabel,
  leversToConfirm,
  remainingSamples,
  toConfirmReason,
  type GuideStep,
  type Sample,
} from '../../model';
import { updateGuide, useActiveModel, useActiveModelId, useAppStore, useGuide, type ScreenId } from '../../state';
import { guideMessages } from './messages';
import './guide.css';

const SCREEN: Record<GuideStep, ScreenId> = {
  parties: 'setup',
  baseline: 'baseline',
  scenarios: 'scenarios',
  keys: 'allocation',
  results: 'results',
};

export function GuideChecklist() {
  const t = useT(guideMessages);
  const id = useActiveModelId();
  const model = useActiveModel();
  const guide = useGuide(id);
  const screen = useAppStore((s) => s.screen);
  const setScreen = useAppStore((s) => s.setScreen);
  useEffect(() => {
    if (id && guide && screen === 'results' && !guide.done.results)
      updateGuide(id, (r) => ({ ...r, done: { ...r.done, results: true } }));
  }, [id, guide, screen]);
  if (!id || !model || !guide) return null;

  const left = remainingSamples(model, guide.samples);
  const levers = leversToConfirm(model);
  const samplesOf = (step: GuideStep) => (guide.done[step] ? [] : left.filter((s) => s.step === step));
  const leversLeft = guide.done.scenarios ? 0 : levers.length;
  const isDone = (step: GuideStep) =>
    step === 'results'
      ? guide.done.results === true
      : step === 'scenarios'
        ? leversLeft === 0
        : samplesOf(step).length === 0;
  const doneCount = GUIDE_STEPS.filter(isDone).length;
  // Only the step to do next and the step of the open screen show their explanation, so the
  // checklist does not push the screen below the fold (a projector's 720 px).
  const next = GUIDE_STEPS.find((s) => !isDone(s));
  const isExplained = (step: GuideStep) => step === next || SCREEN[step] === screen;
  const setHidden = (isHidden: boolean) => updateGuide(id, (r) => ({ ...r, isHidden }));
  const setDone = (step: GuideStep, done: boolean) =>
    updateGuide(id, (r) => ({ ...r, done: { ...r.done, [step]: done } }));
  const go = (step: GuideStep) => {
    // The parties are on a tab of Modelopzet: its address names the tab.
    if (step === 'parties' && typeof window !== 'undefined') window.location.assign('#/setup/parties');
    setScreen(SCREEN[step]);
  };

  if (guide.isHidden)
    return (
      <div className="guide guide-hidden">
        <button type="button" className="button" onClick={() => setHidden(false)}>
          {t('show', { done: doneCount, total: GUIDE_STEPS.length })}
        </button>
      </div>
    );
  return (
    <section className="guide" aria-labelledby="guide-title">
      <div className="guide-head">
        <h2 id="guide-title">{t('title')}</h2>
        <p className="muted">{t('progress', { done: doneCount, total: GUIDE_STEPS.length })}</p>
        <button type="button" className="button" onClick={() => setHidden(true)}>
          {t('hide')}
        </button>
      </div>
      <p className="guide-intro">{t('intro')}</p>
      <ol className="guide-steps">
        {GUIDE_STEPS.map((step) => {
          const name = t(`step_${step}`);
          const done = isDone(step);
          const samples = samplesOf(step);
          return (
            <li key={step} className={done ? 'guide-step is-done' : 'guide-step'} data-step={step}>
              <div className="guide-step-head">
                <span className="guide-status" data-status={done ? 'done' : 'open'}>
                  <span aria-hidden="true">{done ? '✓ ' : '○ '}</span>
                  {done ? t('done') : t('open')}
                </span>
                <strong>{name}</strong>
                <button type="button" className="button" onClick={() => go(step)}>
                  {t('goTo', { step: name })}
                </button>
                {step !== 'results' &&
                  (guide.done[step] ? (
                    <button
                      type="button"
                      className="button-quiet"
                      aria-label={t('reopenOf', { step: name })}
                      onClick={() => setDone(step, false)}
                    >
                      {t('reopen')}
                    </button>
                  ) : (
                    !done && (
                      <button
                        type="button"
                        className="button"
                        aria-label={t('markDoneOf', { step: name })}
                        onClick={() => setDone(step, true)}
                      >
                        {t('markDone')}
                      </button>
                    )
                  ))}
              </div>
              {isExplained(step) && <p className="guide-help">{t(`help_${step}`)}</p>}
              {isExplained(step) && step === 'baseline' && <RenewalNote model={model} samples={guide.samples} />}
              {step === 'scenarios' ? (
                leversLeft > 0 && (
                  <SampleList count={t('leversLeft', { count: leversLeft })} which={t('which')}>
                    {levers.map((l) => {
                      const s = model.scenarios.find((x) => x.id === l.scenario);
                      const c = s?.changes?.[l.index];
                      return (
                        <li key={`${l.scenario}-${l.index}`}>
                          {t('lever', { scenario: s?.name ?? '', reason: c ? toConfirmReason(c) : '' })}
                        </li>
                      );
                    })}
                  </SampleList>
                )
              ) : step === 'results' ? null : samples.length > 0 ? (
                <SampleList count={t('samplesLeft', { count: samples.length })} which={t('which')}>
                  {samples.map((s) => (
                    <li key={JSON.stringify(s.ref)}>
                      <SampleText model={model} sample={s} />
                    </li>
                  ))}
                </SampleList>
              ) : (
                <p className="muted">{t('noSamples')}</p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function SampleList({ count, which, children }: { count: string; which: string; children: ReactNode }) {
  return (
    <details className="guide-samples">
      <summary>
        {count} <span className="guide-which">{which}</span>
      </summary>
      <ul>{children}</ul>
    </details>
  );
}

function SampleText({ model, sample }: { model: ModelFile; sample: Sample }) {
  const t = useT(guideMessages);
  const locale = useLocale();
  const r = sample.ref;
  const party = model.parties.find((p) => p.id === r.party)?.name ?? '';
  let what = '';
  if (r.kind === 'party') what = t(`f_${r.field}`);
  else if (r.kind === 'allocation') what = t('f_allocation');
  else if (r.kind === 'staff') what = t('f_staff', { group: groupLabel(model, r.group, locale) });
  else {
    const line = model.scenarios.find((s) => s.basedOn === null)?.lines?.find((l) => l.id === r.line);
    const category = line && 'category' in line ? categoryLabel(model, line.category, locale) : '';
    what = line?.type === 'recurringInvestment' ? t('f_recurring', { category }) : t('f_line', { category });
  }
  return (
    <>
      {party}: {what}
    </>
  );
}

/** The template's renewal line, explained with the figures the model holds now. */
function RenewalNote({ model, samples }: { model: ModelFile; samples: Sample[] }) {
  const t = useT(guideMessages);
  const locale = useLocale();
  const refs = new Set(samples.flatMap((s) => (s.ref.kind === 'line' ? [s.ref.line] : [])));
  const line = model.scenarios
    .find((s) => s.basedOn === null)
    ?.lines?.find((l) => l.type === 'recurringInvestment' && refs.has(l.id) && l.perInhabitant !== undefined);
  if (!line || line.type !== 'recurringInvestment') return null;
  const party = model.parties.find((p) => p.id === line.party);
  const term = party?.depreciationYears?.[line.category] ?? 5;
  return (
    <p className="guide-help">
      {t('renewal', {
        amount: formatMoney(String(line.perInhabitant), locale, 'cents'),
        term,
        rate: formatPercent(party?.interestRate ?? 0, locale, 1),
      })}
    </p>
  );
}
