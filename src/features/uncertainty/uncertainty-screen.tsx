/** Uncertainty: the chance of breaking even (Monte Carlo), which assumptions matter (tornado), and the ranges. */
import { useState } from 'react';
import { ScreenHeader, Tabs } from '../../components';
import { useT } from '../../i18n';
import { uncertaintyMessages } from './messages';
import { MonteCarloPanel } from './monte-carlo-panel';
import { RangesEditor } from './ranges-editor';
import { TornadoPanel } from './tornado-panel';
import './uncertainty.css';

type Tab = 'monteCarlo' | 'tornado' | 'ranges';

export function UncertaintyScreen() {
  const t = useT(uncertaintyMessages);
  const [tab, setTab] = useState<Tab>('monteCarlo');
  const tabs = [
    { id: 'monteCarlo', label: t('tabMonteCarlo') },
    { id: 'tornado', label: t('tabTornado') },
    { id: 'ranges', label: t('tabRanges') },
  ];
  return (
    <div className="screen uncertainty-screen">
      <ScreenHeader title={t('title')}>
        <p>{t('intro')}</p>
      </ScreenHeader>
      <Tabs label={t('tabsLabel')} tabs={tabs} current={tab} onChange={(id) => setTab(id as Tab)}>
        {tab === 'monteCarlo' && <MonteCarloPanel onEditRanges={() => setTab('ranges')} />}
        {tab === 'tornado' && <TornadoPanel />}
        {tab === 'ranges' && <RangesEditor />}
      </Tabs>
    </div>
  );
}
