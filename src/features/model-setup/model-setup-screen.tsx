import { useEffect, useState } from 'react';
import { ScreenHeader, Tabs } from '../../components';
import { useActiveModel } from '../../state';
import { useT } from '../../i18n';
import { AssumptionsSection } from './assumptions-section';
import { GeneralSection } from './general-section';
import { setupMessages } from './messages';
import { PartiesSection } from './parties-section';
import {
  DepreciationSection,
  GroupCostSection,
  InterestSection,
  MeasuresSection,
  PartyStartSection,
  StaffCostSection,
} from './party-grids';
import './model-setup.css';

const TABS = ['general', 'parties', 'assumptions', 'depreciation', 'staffCost'];

/** The tab an address names (`#/setup/parties`), so a link — the new model's checklist — can open it. */
const tabFromAddress = (): string | null => {
  const tab = typeof location === 'undefined' ? '' : (/^#\/setup\/(\w+)/.exec(location.hash)?.[1] ?? '');
  return TABS.includes(tab) ? tab : null;
};

export function ModelSetupScreen() {
  const t = useT(setupMessages);
  const model = useActiveModel();
  const [tab, setTab] = useState(() => tabFromAddress() ?? 'general');
  useEffect(() => {
    const onHash = () => {
      const named = tabFromAddress();
      if (named) setTab(named);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  if (!model) return null;
  const tabs = [
    { id: 'general', label: t('tabGeneral') },
    { id: 'parties', label: t('tabParties') },
    { id: 'assumptions', label: t('tabAssumptions') },
    { id: 'depreciation', label: t('tabDepreciation') },
    { id: 'staffCost', label: t('tabStaffCost') },
  ];
  return (
    <div className="screen">
      <ScreenHeader title={t('title')}>
        <p>{t('intro')}</p>
      </ScreenHeader>
      <Tabs label={t('tabsLabel')} tabs={tabs} current={tab} onChange={setTab}>
        {tab === 'general' && <GeneralSection model={model} />}
        {tab === 'parties' && (
          <>
            <PartiesSection model={model} />
            <MeasuresSection model={model} />
          </>
        )}
        {tab === 'assumptions' && <AssumptionsSection model={model} />}
        {tab === 'depreciation' && (
          <>
            <InterestSection model={model} />
            <DepreciationSection model={model} />
            <PartyStartSection model={model} />
          </>
        )}
        {tab === 'staffCost' && (
          <>
            <StaffCostSection model={model} />
            <GroupCostSection model={model} kind="own" />
            <GroupCostSection model={model} kind="hired" />
          </>
        )}
      </Tabs>
    </div>
  );
}
