/** The results screens: overview, composition, per municipality, allocation keys compared, staff, trace. */
import { useCallback, useState } from 'react';
import { ScreenHeader, Tabs } from '../../components';
import type { TraceQuery } from '../../engine';
import { useActiveModel, useEvaluationState, useResultsView, type ResultsBasis } from '../../state';
import { useT } from '../../i18n';
import { AllocationView } from './allocation-view';
import { CompositionView } from './composition-view';
import { resultsMessages } from './messages';
import { MethodPanel } from './method-panel';
import { MunicipalityView } from './municipality-view';
import { OverviewView } from './overview-view';
import { BasisSwitch } from './pickers';
import { TraceContext } from './results-kit';
import { StaffView } from './staff-view';
import { TraceView } from './trace-view';
import './results.css';

const VIEWS = ['overview', 'composition', 'municipalities', 'allocation', 'staff', 'trace'] as const;
type View = (typeof VIEWS)[number];

export function ResultsScreen() {
  const t = useT(resultsMessages);
  const model = useActiveModel();
  const { evaluation, errors } = useEvaluationState();
  const [view, setView] = useState<View>('overview');
  const [query, setQuery] = useState<TraceQuery | null>(null);
  // Bumped when a figure elsewhere opens the trace, so that focus follows to its heading.
  const [focusKey, setFocusKey] = useState(0);
  const [basis, setBasis] = useState<ResultsBasis>('accrual');
  const cash = useResultsView('cash');
  const showTrace = useCallback((q: TraceQuery) => {
    setQuery(q);
    setView('trace');
    setFocusKey((k) => k + 1);
  }, []);
  if (!model) return null;
  const isCash = basis === 'cash' && cash !== null;
  const shown = isCash ? cash : evaluation;
  const hasBasis = view === 'overview' || view === 'municipalities';
  return (
    <div className="screen results-screen">
      <ScreenHeader title={t('title')}>
        <p>{t('intro')}</p>
      </ScreenHeader>
      {!evaluation && errors.length > 0 && (
        <div className="notice notice-error" role="alert">
          <div className="notice-body">
            <p className="notice-title">{t('invalid')}</p>
            <ul className="notice-list error-list">
              {errors.slice(0, 10).map((err) => (
                <li key={err}>
                  <code>{err}</code>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {evaluation && (
        <TraceContext.Provider value={showTrace}>
          <Tabs
            label={t('views')}
            tabs={VIEWS.map((id) => ({ id, label: t(id) }))}
            current={view}
            onChange={(id) => {
              setView(id as View);
              setFocusKey(0);
            }}
          >
            {hasBasis && (
              <BasisSwitch value={isCash ? 'cash' : 'accrual'} onChange={setBasis} hasCash={cash !== null} />
            )}
            {view === 'overview' && shown && <OverviewView model={model} evaluation={shown} isCash={isCash} />}
            {view === 'overview' && <MethodPanel model={model} evaluation={evaluation} />}
            {view === 'composition' && <CompositionView model={model} evaluation={evaluation} />}
            {view === 'municipalities' && shown && (
              <MunicipalityView model={model} evaluation={shown} isCash={isCash} />
            )}
            {view === 'allocation' && <AllocationView model={model} evaluation={evaluation} />}
            {view === 'staff' && <StaffView model={model} evaluation={evaluation} />}
            {view === 'trace' && (
              <TraceView model={model} evaluation={evaluation} query={query} onChange={setQuery} focusKey={focusKey} />
            )}
          </Tabs>
        </TraceContext.Provider>
      )}
    </div>
  );
}
