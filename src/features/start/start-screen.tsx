import { OpenModelFile, ScreenHeader, Section } from '../../components';
import { useT } from '../../i18n';
import { readModelFileOffPage, useAppStore } from '../../state';
import { ActiveModel } from './active-model';
import { startMessages } from './messages';
import { ExampleCard, MonitoringExampleCard, TemplateCard } from './new-model';
import { SavedModels } from './saved-models';
import { TableModelCard } from './table-model-card';

export function StartScreen() {
  const t = useT(startMessages);
  const addModel = useAppStore((s) => s.addModel);
  return (
    <div className="screen">
      <ScreenHeader title={t('title')}>
        <p>{t('intro')}</p>
      </ScreenHeader>
      <ActiveModel />
      <Section title={t('beginTitle')}>
        <div className="card-grid">
          <ExampleCard />
          <MonitoringExampleCard />
          <TemplateCard />
          <TableModelCard />
          <OpenModelFile onOpen={addModel} read={readModelFileOffPage} />
        </div>
      </Section>
      <SavedModels />
    </div>
  );
}
