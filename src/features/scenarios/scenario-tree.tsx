import { useState } from 'react';
import { SelectField, TextField } from '../../components';
import type { ModelFile, Scenario } from '../../engine';
import { uniqueId } from '../../model';
import { useAppStore, useUpdateModel } from '../../state';
import { useT } from '../../i18n';
import { scenarioMessages } from './messages';

/** The scenarios as a tree (each under the one it builds on), with a form to add one. */
export function ScenarioTree({ model, selectedId }: { model: ModelFile; selectedId: string }) {
  const t = useT(scenarioMessages);
  const roots = model.scenarios.filter((s) => s.basedOn === null || !model.scenarios.some((p) => p.id === s.basedOn));
  return (
    <nav aria-label={t('treeLabel')} className="scenario-tree">
      <h2>{t('tree')}</h2>
      <TreeLevel model={model} items={roots} selectedId={selectedId} seen={new Set()} />
      <AddScenario model={model} selectedId={selectedId} />
    </nav>
  );
}

function TreeLevel({
  model,
  items,
  selectedId,
  seen,
}: {
  model: ModelFile;
  items: Scenario[];
  selectedId: string;
  seen: Set<string>;
}) {
  const t = useT(scenarioMessages);
  const select = useAppStore((s) => s.select);
  return (
    <ul className="tree-level">
      {items
        .filter((s) => !seen.has(s.id))
        .map((s) => {
          const children = model.scenarios.filter((c) => c.basedOn === s.id);
          const next = new Set(seen).add(s.id);
          return (
            <li key={s.id}>
              <button
                type="button"
                className="tree-item"
                aria-current={s.id === selectedId ? 'true' : undefined}
                onClick={() => select({ scenarioId: s.id })}
              >
                {s.name}
                {s.basedOn === null && <span className="muted"> ({t('baseline')})</span>}
              </button>
              {children.length > 0 && <TreeLevel model={model} items={children} selectedId={selectedId} seen={next} />}
            </li>
          );
        })}
    </ul>
  );
}

function AddScenario({ model, selectedId }: { model: ModelFile; selectedId: string }) {
  const t = useT(scenarioMessages);
  const update = useUpdateModel();
  const select = useAppStore((s) => s.select);
  const [name, setName] = useState(t('newScenario'));
  const [basedOn, setBasedOn] = useState(selectedId);
  const parent = model.scenarios.some((s) => s.id === basedOn) ? basedOn : selectedId;
  const add = () => {
    const id = uniqueId(
      name.toLowerCase(),
      model.scenarios.map((s) => s.id),
    );
    update((m) => {
      m.scenarios.push({ id, name: name.trim() || t('newScenario'), basedOn: parent, changes: [] });
    }, t('addScenario'));
    select({ scenarioId: id });
  };
  return (
    <div className="add-scenario">
      <h3>{t('addScenario')}</h3>
      <TextField label={t('newName')} value={name} onCommit={setName} isRequired />
      <SelectField
        label={t('basedOn')}
        value={parent}
        onChange={setBasedOn}
        options={model.scenarios.map((s) => ({ value: s.id, label: s.name }))}
      />
      <button type="button" className="button" onClick={add}>
        {t('addScenario')}
      </button>
    </div>
  );
}
