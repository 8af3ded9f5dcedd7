import { ScreenHeader, Tabs } from '../../components';
import { assetCategoriesOf, categoriesOf, oneOffCategoriesOf } from '../../model';
import { baselineOf, useActiveModel, useAppStore } from '../../state';
import { useT } from '../../i18n';
import { ComputedCosts } from './computed-costs';
import { LineTable } from './line-table';
import { baselineMessages } from './messages';
import { StaffTable } from './staff-table';

export function BaselineScreen() {
  const t = useT(baselineMessages);
  const model = useActiveModel();
  const partyId = useAppStore((s) => s.selection.partyId);
  const select = useAppStore((s) => s.select);
  if (!model) return null;
  if (!baselineOf(model))
    return (
      <div className="screen">
        <ScreenHeader title={t('title')} />
        <p>{t('noBaseline')}</p>
      </div>
    );
  const party = model.parties.find((p) => p.id === partyId) ?? model.parties[0];
  const opexCategories = categoriesOf(model).filter((c) => c.group !== 'oneOff');
  return (
    <div className="screen">
      <ScreenHeader title={t('title')}>
        <p>{t('intro')}</p>
      </ScreenHeader>
      <Tabs
        label={t('partyTabs')}
        tabs={model.parties.map((p) => ({ id: p.id, label: p.name }))}
        current={party?.id ?? ''}
        onChange={(id) => select({ partyId: id })}
      >
        {party && (
          <>
            <LineTable
              model={model}
              party={party}
              type="opex"
              title={t('opex')}
              text={t('opexText')}
              categories={opexCategories}
            />
            <StaffTable model={model} party={party} />
            <LineTable
              model={model}
              party={party}
              type="investment"
              title={t('investments')}
              text={t('investmentsText')}
              categories={assetCategoriesOf(model)}
            />
            <LineTable
              model={model}
              party={party}
              type="recurringInvestment"
              title={t('recurring')}
              text={t('recurringText')}
              categories={assetCategoriesOf(model)}
            />
            <LineTable
              model={model}
              party={party}
              type="application"
              title={t('applications')}
              text={t('applicationsText')}
              categories={[]}
            />
            <LineTable
              model={model}
              party={party}
              type="oneOff"
              title={t('oneOff')}
              text={t('oneOffText')}
              categories={oneOffCategoriesOf(model)}
            />
            <ComputedCosts model={model} party={party} />
          </>
        )}
      </Tabs>
    </div>
  );
}
