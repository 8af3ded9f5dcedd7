/**
 * The Uittreden screen (issue 15, model-v3 §10.4): a municipality leaves a shared party. The
 * user chooses the scenario, the leaver, the year and notice, the settlement and its booking,
 * the shedding per group of costs and the re-entry lines (suggestions to confirm); the screen
 * answers in one sentence and tables, sweeps every year of leaving, puts the methods side by
 * side and saves the exit as a child scenario. The engine answers on a copy of the model
 * (`answerExit`), computed through when the model uses the frozen method. The sweep and the
 * methods run in the engine worker on request (state/exit-runs.ts): the sweep shows its
 * progress per year with a cancel button, and fills its chart and table when done. "Aan rapport
 * toevoegen" keeps the question in the model (`report.exit`, docs/model-v3.md "Report
 * choices"), so the report's Uittreding section answers it with its sweep; a kept question is
 * the screen's starting point when it opens again.
 */
import { useMemo, useState } from 'react';
import { CheckboxField, NumberField, ScreenHeader, Section, SelectField } from '../../components';
import { LineChart } from '../../components/charts';
import {
  answerExit,
  canHoldLeave,
  categoriesOf,
  isModelError,
  leaveChangeOf,
  type ExitAnswer,
  type ExitQuestion,
  type LeaveChange,
  type ModelFile,
  type ReentryItem,
  type ReportExitQuestion,
  type SweepRow,
} from '../../engine';
import { formatDecimal, formatMoney, useLocale, useT } from '../../i18n';
import { isReportExit, partyName, reportExitOf, withRequiredVersion } from '../../model';
import {
  cancelExitRun,
  startExitMethods,
  startExitSweep,
  useActiveModel,
  useActiveModelId,
  useEvaluationState,
  useExitMethods,
  useExitSweep,
  useUpdateModel,
} from '../../state';
import { haarlemExitQuestion } from '../../examples';
import { exitMessages } from './messages';
import './exit.css';

type Method = LeaveChange['settlement']['method'];
type ShedPreset = 'gradual' | 'three' | 'immediate' | 'never';
const SHED_PRESETS: Record<ShedPreset, number[]> = {
  gradual: [0.2, 0.4, 0.6, 0.8, 1],
  three: [0.3, 0.7, 1],
  immediate: [1],
  never: [0],
};
const GROUPS = ['infrastructure', 'software', 'personnel', 'other'] as const;
type Group = (typeof GROUPS)[number];
const REENTRY = ['migration', 'infrastructure', 'recruitment'] as const;
type ReentryKind = (typeof REENTRY)[number];

type Form = {
  scenarioId: string;
  party: string;
  shared: string;
  from: number;
  noticeYears: number;
  method: Method;
  years: number;
  amount: string;
  booking: 'decisionYear' | 'asPaid';
  standalone: 'baseline' | 'none';
  shed: Record<Group, ShedPreset>;
  reentry: Record<ReentryKind, { isOn: boolean; amount: string | null }>;
};

const lastYearOf = (m: ModelFile) => m.horizon.extrapolateTo ?? m.horizon.endYear;

/** The screen's form for a question kept for the report (shedding and re-entry as the screen writes them). */
function formOfReport(m: ModelFile, r: ReportExitQuestion, base: Form): Form {
  const l = r.leave;
  const s = l.settlement;
  const shed = { ...base.shed };
  for (const g of GROUPS) {
    const c = categoriesOf(m).find((x) => x.group === g && l.shed?.byCategory?.[x.id] !== undefined);
    const fractions = c ? JSON.stringify(l.shed?.byCategory?.[c.id]) : null;
    const preset = (Object.keys(SHED_PRESETS) as ShedPreset[]).find(
      (p) => JSON.stringify(SHED_PRESETS[p]) === fractions,
    );
    if (preset) shed[g] = preset;
  }
  const reentry = { ...base.reentry };
  for (const kind of REENTRY) {
    const item = l.reentry?.find((x) => 'id' in x && x.id === `exit-${kind}-${l.party}`);
    if (item && 'amount' in item) reentry[kind] = { isOn: true, amount: String(item.amount) };
  }
  return {
    ...base,
    // A scenario or party removed since falls back to the default choice; the rest of the question stays.
    scenarioId: m.scenarios.some((x) => x.id === r.scenario && x.basedOn !== null) ? r.scenario : base.scenarioId,
    party: m.parties.some((p) => p.id === l.party && p.kind === 'municipality') ? l.party : base.party,
    shared: m.parties.some((p) => p.id === l.shared && p.kind === 'shared') ? l.shared : base.shared,
    from: l.from,
    noticeYears: l.noticeYears ?? 1,
    method: s.method,
    years: s.method === 'directDamage' ? (s.years ?? base.years) : base.years,
    amount: s.method === 'fixed' ? String(s.amount) : String(r.fixedAmount ?? base.amount),
    booking: l.booking ?? 'decisionYear',
    standalone: l.standalone ?? 'baseline',
    shed,
    reentry,
  };
}

function initialForm(m: ModelFile): Form | null {
  const base = defaultForm(m);
  const kept = m.report?.exit;
  return base && kept ? formOfReport(m, kept, base) : base;
}

function defaultForm(m: ModelFile): Form | null {
  const scenario = m.scenarios.find((s) => s.basedOn !== null && !(s.changes ?? []).some((c) => c.op === 'leave'));
  const shared = m.parties.find((p) => p.kind === 'shared');
  const party = m.parties.find((p) => p.kind === 'municipality');
  if (!scenario || !shared || !party) return null;
  return {
    scenarioId: scenario.id,
    party: party.id,
    shared: shared.id,
    from: Math.min(m.horizon.startYear + 2, lastYearOf(m)),
    noticeYears: 1,
    method: 'tapered',
    years: 5,
    amount: '1000000',
    booking: 'decisionYear',
    standalone: 'baseline',
    shed: { infrastructure: 'gradual', software: 'gradual', personnel: 'gradual', other: 'gradual' },
    reentry: {
      migration: { isOn: false, amount: null },
      infrastructure: { isOn: false, amount: null },
      recruitment: { isOn: false, amount: null },
    },
  };
}

/** The suggested amount of a re-entry line: a share of the leaver's baseline cost in the year before it leaves, rounded to €1,000. */
const SUGGESTED_SHARE: Record<ReentryKind, number> = { migration: 0.05, infrastructure: 0.1, recruitment: 0.02 };

function reentryItems(m: ModelFile, f: Form, suggested: Record<ReentryKind, string>): ReentryItem[] {
  const categories = categoriesOf(m);
  const has = (id: string) => categories.some((c) => c.id === id);
  const asset = has('datacom')
    ? 'datacom'
    : categories.find((c) => c.group === 'infrastructure' || c.group === 'software')?.id;
  const oneOff = has('transition') ? 'transition' : categories.find((c) => c.group === 'oneOff')?.id;
  const items: ReentryItem[] = [];
  for (const kind of REENTRY) {
    const r = f.reentry[kind];
    if (!r.isOn) continue;
    const amount = r.amount ?? suggested[kind];
    const id = `exit-${kind}-${f.party}`;
    if (kind === 'infrastructure' && asset)
      items.push({ type: 'investment', id, party: f.party, category: asset, year: f.from, amount });
    else if (kind !== 'infrastructure') {
      const category = kind === 'recruitment' && has('friction') ? 'friction' : oneOff;
      if (category) items.push({ type: 'oneOff', id, party: f.party, category, year: f.from, amount });
    }
  }
  return items;
}

function questionOf(m: ModelFile, f: Form, suggested: Record<ReentryKind, string>): ExitQuestion {
  const settlement: LeaveChange['settlement'] =
    f.method === 'fixed'
      ? { method: 'fixed', amount: f.amount }
      : f.method === 'directDamage'
        ? { method: 'directDamage', years: f.years }
        : f.method === 'tapered'
          ? { method: 'tapered' }
          : { method: 'none' };
  const byCategory: Record<string, number[]> = {};
  for (const c of categoriesOf(m))
    if ((GROUPS as readonly string[]).includes(c.group) && f.shed[c.group as Group] !== 'gradual')
      byCategory[c.id] = SHED_PRESETS[f.shed[c.group as Group]];
  const reentry = reentryItems(m, f, suggested);
  return {
    scenarioId: f.scenarioId,
    party: f.party,
    shared: f.shared,
    from: f.from,
    noticeYears: f.noticeYears,
    settlement,
    booking: f.booking,
    standalone: f.standalone,
    ...(Object.keys(byCategory).length > 0 ? { shed: { byCategory } } : {}),
    ...(reentry.length > 0 ? { reentry } : {}),
  };
}

export function ExitScreen() {
  const t = useT(exitMessages);
  const model = useActiveModel();
  const modelId = useActiveModelId();
  if (!model) return null;
  return (
    <div className="screen exit-screen">
      <ScreenHeader title={t('title')}>
        <p>{t('intro')}</p>
      </ScreenHeader>
      <ExitQuestionView key={modelId ?? ''} model={model} />
    </div>
  );
}

function ExitQuestionView({ model }: { model: ModelFile }) {
  const t = useT(exitMessages);
  const locale = useLocale();
  const update = useUpdateModel();
  const { evaluation } = useEvaluationState();
  const [form, setForm] = useState<Form | null>(() => initialForm(model));
  const [saved, setSaved] = useState<string | null>(null);
  const suggested = useMemo(() => {
    const base = evaluation?.scenarios.find((s) => s.id === evaluation.baselineId);
    const year = (form?.from ?? 0) - 1;
    const cost = Number(base?.parties[form?.party ?? '']?.years.find((y) => y.year === year)?.recurring ?? '0');
    const round = (x: number) => String(Math.round(x / 1000) * 1000);
    return {
      migration: round(cost * SUGGESTED_SHARE.migration),
      infrastructure: round(cost * SUGGESTED_SHARE.infrastructure),
      recruitment: round(cost * SUGGESTED_SHARE.recruitment),
    };
  }, [evaluation, form?.from, form?.party]);
  const q = form === null ? null : questionOf(model, form, suggested);
  const key = JSON.stringify(q);
  const outcome = useMemo((): { answer: ExitAnswer } | { errors: string[] } | null => {
    if (q === null) return null;
    try {
      return { answer: answerExit(model, q) };
    } catch (e) {
      if (isModelError(e)) return { errors: e.errors.map((x) => x.message) };
      throw e;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model, key]);
  const sweep = useExitSweep(model, q);
  const methods = useExitMethods(model, q, form?.amount ?? '0');
  if (form === null || q === null || outcome === null) return <p>{t('noQuestion')}</p>;

  const set = (patch: Partial<Form>) => {
    setForm({ ...form, ...patch });
    setSaved(null);
  };
  const municipalities = model.parties.filter((p) => p.kind === 'municipality');
  const shareds = model.parties.filter((p) => p.kind === 'shared');
  const scenarios = model.scenarios.filter(
    (s) => s.basedOn !== null && !(s.changes ?? []).some((c) => c.op === 'leave'),
  );
  const L = lastYearOf(model);
  const hasExample =
    model.scenarios.some((s) => s.id === 's2') &&
    model.parties.some((p) => p.id === 'haarlemmermeer') &&
    model.parties.some((p) => p.id === 'ictc');
  const money = (v: string) => formatMoney(v, locale);
  const methodLabel = (m: Method) => t(m);

  const save = () => {
    const name = t('savedName', { party: partyName(model, form.party), year: form.from });
    update((m) => {
      if (!canHoldLeave(m)) m.assumptions = { ...(m.assumptions ?? {}), extrapolation: 'computeThrough' };
      m.version = Math.max(m.version, 3);
      let id = `exit-${form.party}-${form.from}`;
      for (let i = 2; m.scenarios.some((s) => s.id === id); i += 1) id = `exit-${form.party}-${form.from}-${i}`;
      m.scenarios.push({ id, name, basedOn: form.scenarioId, changes: [leaveChangeOf(q)] });
      withRequiredVersion(m);
    }, t('savedLabel'));
    setSaved(name);
  };
  const isInReport = isReportExit(model, q, form.amount);
  const toReport = () =>
    update((m) => {
      m.report = { ...(m.report ?? {}), exit: reportExitOf(q, form.amount) };
      withRequiredVersion(m);
    }, t('toReportLabel'));
  const fromReport = () =>
    update((m) => {
      if (!m.report) return;
      delete m.report.exit;
      if (Object.keys(m.report).length === 0) delete m.report;
    }, t('fromReportLabel'));

  return (
    <>
      {!canHoldLeave(model) && <p className="notice exit-through-note">{t('throughNote', { year: L })}</p>}
      <Section
        title={t('question')}
        actions={
          hasExample ? (
            <button
              type="button"
              className="button"
              onClick={() =>
                set({
                  scenarioId: haarlemExitQuestion.scenarioId,
                  party: haarlemExitQuestion.party,
                  shared: haarlemExitQuestion.shared,
                  from: haarlemExitQuestion.from,
                  noticeYears: haarlemExitQuestion.noticeYears ?? 1,
                  method: haarlemExitQuestion.settlement.method,
                  booking: haarlemExitQuestion.booking ?? 'decisionYear',
                  standalone: haarlemExitQuestion.standalone ?? 'baseline',
                })
              }
            >
              {t('example')}
            </button>
          ) : undefined
        }
      >
        <div className="form-row">
          <SelectField
            label={t('scenario')}
            value={form.scenarioId}
            options={scenarios.map((s) => ({ value: s.id, label: s.name }))}
            onChange={(v) => set({ scenarioId: v })}
          />
          <SelectField
            label={t('leaver')}
            value={form.party}
            options={municipalities.map((p) => ({ value: p.id, label: p.name }))}
            onChange={(v) => set({ party: v })}
          />
          <SelectField
            label={t('shared')}
            value={form.shared}
            options={shareds.map((p) => ({ value: p.id, label: p.name }))}
            onChange={(v) => set({ shared: v })}
          />
          <NumberField
            label={t('from')}
            value={String(form.from)}
            rule={{ isInteger: true, min: model.horizon.startYear + 1, max: L }}
            onCommit={(v) => set({ from: Number(v) })}
          />
          <NumberField
            label={t('notice')}
            value={String(form.noticeYears)}
            rule={{ isInteger: true, min: 0, max: 30 }}
            onCommit={(v) => set({ noticeYears: Number(v) })}
          />
        </div>
        <div className="form-row">
          <SelectField
            label={t('method')}
            value={form.method}
            options={(['tapered', 'directDamage', 'fixed', 'none'] as const).map((m) => ({
              value: m,
              label: methodLabel(m),
            }))}
            onChange={(v) => set({ method: v as Method })}
          />
          {form.method === 'directDamage' && (
            <NumberField
              label={t('years')}
              value={String(form.years)}
              rule={{ isInteger: true, min: 1, max: 30 }}
              onCommit={(v) => set({ years: Number(v) })}
            />
          )}
          {form.method === 'fixed' && (
            <NumberField
              label={t('amount')}
              value={form.amount}
              rule={{ min: 0 }}
              onCommit={(v) => set({ amount: v })}
            />
          )}
          <SelectField
            label={t('booking')}
            value={form.booking}
            options={[
              { value: 'decisionYear', label: t('decisionYear') },
              { value: 'asPaid', label: t('asPaid') },
            ]}
            onChange={(v) => set({ booking: v as Form['booking'] })}
          />
          <SelectField
            label={t('standalone')}
            value={form.standalone}
            options={[
              { value: 'baseline', label: t('standaloneBaseline') },
              { value: 'none', label: t('standaloneNone') },
            ]}
            onChange={(v) => set({ standalone: v as Form['standalone'] })}
          />
        </div>
      </Section>

      <Section title={t('shedTitle')} description={t('shedText')}>
        <div className="form-row">
          {GROUPS.map((g) => (
            <SelectField
              key={g}
              label={t(`group_${g}`)}
              value={form.shed[g]}
              options={(['gradual', 'three', 'immediate', 'never'] as const).map((p) => ({
                value: p,
                label: t(`shed_${p}`),
              }))}
              onChange={(v) => set({ shed: { ...form.shed, [g]: v as ShedPreset } })}
            />
          ))}
        </div>
      </Section>

      <Section title={t('reentryTitle')} description={t('reentryText')}>
        {REENTRY.map((kind) => {
          const r = form.reentry[kind];
          const what = t(`reentry_${kind}`);
          return (
            <div className="form-row" key={kind}>
              <CheckboxField
                label={t('include', { what })}
                checked={r.isOn}
                onChange={(v) => set({ reentry: { ...form.reentry, [kind]: { ...r, isOn: v } } })}
              />
              <NumberField
                label={t('reentryAmount', { what })}
                value={r.amount ?? suggested[kind]}
                rule={{ min: 0 }}
                onCommit={(v) => set({ reentry: { ...form.reentry, [kind]: { ...r, amount: v } } })}
              />
            </div>
          );
        })}
      </Section>

      <Section title={t('answerTitle')}>
        {'errors' in outcome ? (
          <div className="notice notice-error" role="alert">
            <p className="notice-title">{t('invalid')}</p>
            <ul>
              {outcome.errors.map((x) => (
                <li key={x}>{x}</li>
              ))}
            </ul>
          </div>
        ) : (
          <Answer
            model={model}
            form={form}
            answer={outcome.answer}
            methodLabel={methodLabel}
            onSave={save}
            saved={saved}
          />
        )}
      </Section>

      {'answer' in outcome && (
        <>
          <Section title={t('sweepTitle')} description={t('sweepText')}>
            <div className="exit-run">
              {sweep.status === 'running' ? (
                <button type="button" className="button" onClick={() => cancelExitRun('sweep')}>
                  {t('cancel')}
                </button>
              ) : (
                <button
                  type="button"
                  className="button"
                  onClick={() => startExitSweep(model, q, { isForced: sweep.status !== 'done' })}
                >
                  {t('sweepRun')}
                </button>
              )}
              <ReportControl
                isInReport={isInReport}
                hasOther={!isInReport && model.report?.exit !== undefined}
                onAdd={toReport}
                onRemove={fromReport}
              />
            </div>
            <RunStatus state={sweep} unit="years" />
            {sweep.status === 'done' && (
              <div data-elapsed-ms={sweep.elapsedMs} className="exit-sweep">
                <Sweep model={model} form={form} rows={sweep.result} />
              </div>
            )}
          </Section>
          <Section title={t('methodsTitle')}>
            {methods.status === 'running' ? (
              <button type="button" className="button" onClick={() => cancelExitRun('methods')}>
                {t('cancel')}
              </button>
            ) : (
              <button type="button" className="button" onClick={() => startExitMethods(model, q, form.amount)}>
                {t('methodsRun')}
              </button>
            )}
            <RunStatus state={methods} unit="methods" />
            {methods.status === 'done' && (
              <table className="data-table exit-methods">
                <caption>{t('methodsCaption', { year: form.from })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('methodsMethod')}</th>
                    <th scope="col">{t('methodsTotal')}</th>
                    <th scope="col">{t('methodsNet', { party: partyName(model, form.party) })}</th>
                  </tr>
                </thead>
                <tbody>
                  {methods.result.map((r) => (
                    <tr key={r.method} data-method={r.method}>
                      <th scope="row">{methodLabel(r.method)}</th>
                      <td className="num">{money(r.exit.total)}</td>
                      <td className="num">{money(r.leaverNet)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Section>
        </>
      )}
    </>
  );
}

/** "Add to report" / "In the report" with a remove button; says when another question is in the report. */
function ReportControl({
  isInReport,
  hasOther,
  onAdd,
  onRemove,
}: {
  isInReport: boolean;
  hasOther: boolean;
  onAdd: () => void;
  onRemove: () => void;
}) {
  const t = useT(exitMessages);
  return (
    <>
      {isInReport ? (
        <button type="button" className="button" onClick={onRemove}>
          {t('fromReport')}
        </button>
      ) : (
        <button type="button" className="button button-primary" onClick={onAdd}>
          {t('toReport')}
        </button>
      )}
      <p role="status" className="exit-report-status">
        {isInReport ? t('inReport') : hasOther ? t('otherInReport') : ''}
      </p>
    </>
  );
}

/** Progress with a bar (not a live region), then the outcome announced: stopped or failed. */
function RunStatus({
  state,
  unit,
}: {
  state: ReturnType<typeof useExitSweep> | ReturnType<typeof useExitMethods>;
  unit: 'years' | 'methods';
}) {
  const t = useT(exitMessages);
  const locale = useLocale();
  const n = (v: number) => formatDecimal(String(v), locale);
  return (
    <div className="exit-status">
      {state.status === 'running' && (
        <div className="exit-progress">
          {/* Without a total yet (starting, or the methods, which report none) the bar is indeterminate. */}
          <progress
            max={Math.max(1, state.total)}
            value={state.total > 0 ? state.done : undefined}
            aria-label={t(unit === 'years' ? 'sweepProgress' : 'methodsProgress')}
          />
          <span>
            {state.total > 0
              ? t('progressYears', { done: n(state.done), total: n(state.total) })
              : t('progressStarting')}
          </span>
        </div>
      )}
      <p role="status">{state.status === 'cancelled' && t('runCancelled')}</p>
      {state.status === 'error' && (
        <p className="notice notice-error" role="alert">
          {t('runFailed', { message: state.message })}
        </p>
      )}
    </div>
  );
}

function Answer({
  model,
  form,
  answer: a,
  methodLabel,
  onSave,
  saved,
}: {
  model: ModelFile;
  form: Form;
  answer: ExitAnswer;
  methodLabel: (m: Method) => string;
  onSave: () => void;
  saved: string | null;
}) {
  const t = useT(exitMessages);
  const locale = useLocale();
  const money = (v: string) => formatMoney(v, locale);
  const party = partyName(model, form.party);
  const values = {
    party,
    shared: partyName(model, form.shared),
    year: form.from,
    total: money(a.exit.total),
    method: methodLabel(a.exit.method).toLowerCase(),
    last: a.lastYear,
    net: money(a.leaverJoinThenLeave),
    staying: money(a.leaverStaying),
  };
  return (
    <>
      <p className="exit-sentence" data-testid="exit-sentence">
        {t(a.exit.method === 'none' ? 'sentenceNone' : 'sentence', values)}
      </p>
      <div className="exit-tables">
        <table className="data-table exit-terms">
          <caption>{t('termsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('termYear')}</th>
              <th scope="col">{t('termAmount')}</th>
            </tr>
          </thead>
          <tbody>
            {a.exit.terms.map((term) => (
              <tr key={term.year}>
                <th scope="row">{term.year}</th>
                <td className="num">{money(term.amount)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('total')}</th>
              <td className="num">{money(a.exit.total)}</td>
            </tr>
            <tr>
              <td colSpan={2}>
                {form.booking === 'asPaid' ? t('bookedAsPaid') : t('bookedIn', { year: a.exit.decisionYear })}
              </td>
            </tr>
          </tfoot>
        </table>
        <table className="data-table exit-leaver">
          <caption>{t('leaverCaption', { party, year: a.lastYear })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('case')}</th>
              <th scope="col">{t('result')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('joinThenLeave')}</th>
              <td className="num">{money(a.leaverJoinThenLeave)}</td>
            </tr>
            <tr>
              <th scope="row">{t('stay')}</th>
              <td className="num">{money(a.leaverStaying)}</td>
            </tr>
            <tr>
              <th scope="row">{t('neverJoin')}</th>
              <td className="num">{money('0.00')}</td>
            </tr>
          </tbody>
        </table>
        <table className="data-table exit-remaining">
          <caption>{t('remainingCaption', { year: a.lastYear })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('municipality')}</th>
              <th scope="col">{t('change')}</th>
            </tr>
          </thead>
          <tbody>
            {a.remaining.map((r) => (
              <tr key={r.party}>
                <th scope="row">{partyName(model, r.party)}</th>
                <td className="num">{money(r.change)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="exit-save">
        <button type="button" className="button button-primary" onClick={onSave}>
          {t('save')}
        </button>
        {!canHoldLeave(model) && <span> {t('saveThrough', { year: a.lastYear })}</span>}
        {saved !== null && (
          <p role="status" className="exit-saved">
            {t('saved', { name: saved })}
          </p>
        )}
      </div>
    </>
  );
}

function Sweep({ model, form, rows }: { model: ModelFile; form: Form; rows: SweepRow[] }) {
  const t = useT(exitMessages);
  const locale = useLocale();
  const party = partyName(model, form.party);
  const cheapest = rows.reduce<SweepRow | null>(
    (best, r) => (best === null || Number(r.exitTotal) < Number(best.exitTotal) ? r : best),
    null,
  );
  return (
    <>
      {cheapest && <p>{t('sweepCheapest', { year: cheapest.year, total: formatMoney(cheapest.exitTotal, locale) })}</p>}
      <LineChart
        label={t('sweepChart')}
        labels={rows.map((r) => r.year)}
        labelsHeading={t('sweepYear')}
        datasets={[
          { label: t('sweepExit'), data: rows.map((r) => r.exitTotal) },
          { label: t('sweepNet', { party }), data: rows.map((r) => r.leaverNet) },
        ]}
        isTableOpen
      />
    </>
  );
}
