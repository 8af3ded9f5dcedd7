import { ScreenHeader } from '../../components';
import { useActiveModel, useAppStore } from '../../state';
import { useT } from '../../i18n';
import { scenarioMessages } from './messages';
import { ScenarioDetail } from './scenario-detail';
import { ScenarioTree } from './scenario-tree';

export function ScenariosScreen() {
  const t = useT(scenarioMessages);
  const model = useActiveModel();
  const selectedId = useAppStore((s) => s.selection.scenarioId);
  if (!model) return null;
  const scenario =
    model.scenarios.find((s) => s.id === selectedId) ??
    model.scenarios.find((s) => s.basedOn !== null) ??
    model.scenarios[0];
  return (
    <div className="screen">
      <ScreenHeader title={t('title')}>
        <p>{t('intro')}</p>
      </ScreenHeader>
      <div className="split">
        <ScenarioTree model={model} selectedId={scenario?.id ?? ''} />
        {scenario && <ScenarioDetail key={scenario.id} model={model} scenario={scenario} />}
      </div>
    </div>
  );
}
