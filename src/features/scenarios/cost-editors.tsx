import { CheckboxField, NumberField, SelectField } from '../../components';
import type { EndLineChange, ModelFile, ScaleChange, Select, TransferChange } from '../../engine';
import { allLines, canonical, fieldRule, horizonYears, lineName, setScaleFrom, toNum } from '../../model';
import { useLocale, useT } from '../../i18n';
import { PartySelect, YearField, type ChangeEdit } from './editor-fields';
import { scenarioMessages } from './messages';
import { SelectEditor } from './select-editor';
import { YearMapGrid } from './year-map-grid';

/** Any lever of any scenario, for the validation bounds of its fields. */
const LEVER = 'scenarios.*.changes.*';

function selectEdit(edit: ChangeEdit) {
  return (fn: (s: Select) => void, label: string) =>
    edit((c) => {
      if (c.op === 'transfer' || c.op === 'scale') fn(c.select);
    }, label);
}

export function TransferEditor({
  model,
  change,
  edit,
}: {
  model: ModelFile;
  change: TransferChange;
  edit: ChangeEdit;
}) {
  const t = useT(scenarioMessages);
  return (
    <>
      <SelectEditor model={model} select={change.select} onChange={selectEdit(edit)} isPartyRequired />
      <div className="form-row">
        <PartySelect
          model={model}
          label={t('to')}
          value={change.to}
          filter="shared"
          onChange={(v) =>
            edit((c) => {
              if (c.op === 'transfer') c.to = v;
            }, t('to'))
          }
        />
        <YearField
          label={t('from')}
          value={change.from}
          onCommit={(v) =>
            edit((c) => {
              if (c.op === 'transfer' && v !== undefined) c.from = v;
            }, t('from'))
          }
        />
      </div>
    </>
  );
}

export function ScaleEditor({ model, change, edit }: { model: ModelFile; change: ScaleChange; edit: ChangeEdit }) {
  const t = useT(scenarioMessages);
  const years = horizonYears(model.horizon);
  const isReduction = change.reduction !== undefined || change.factor === undefined;
  const set = (label: string, fn: (c: ScaleChange) => void) =>
    edit((c) => {
      if (c.op === 'scale') fn(c);
    }, label);
  return (
    <>
      <SelectEditor model={model} select={change.select} onChange={selectEdit(edit)} hasGroups />
      <div className="form-row">
        <YearField
          label={t('from')}
          value={change.from}
          isOptional
          onCommit={(v) =>
            set(t('from'), (c) => {
              setScaleFrom(c, v);
            })
          }
        />
        <SelectField
          label={t('mode')}
          value={isReduction ? 'reduction' : 'factor'}
          options={[
            { value: 'reduction', label: t('modeReduction') },
            { value: 'factor', label: t('modeFactor') },
          ]}
          onChange={(v) =>
            set(t('mode'), (c) => {
              if (v === 'factor') {
                delete c.reduction;
                delete c.phaseIn;
                c.factor = 1;
              } else {
                delete c.factor;
                c.reduction = 0.1;
                c.phaseIn = { [String(c.from ?? model.horizon.startYear)]: 1 };
              }
            })
          }
        />
        {isReduction && (
          <NumberField
            label={t('reduction')}
            value={canonical(change.reduction) ?? ''}
            rule={{ isPercent: true, ...fieldRule(`${LEVER}.reduction`) }}
            suffix="%"
            onCommit={(v) =>
              set(t('reduction'), (c) => {
                c.reduction = toNum(v);
              })
            }
          />
        )}
      </div>
      {isReduction ? (
        <>
          <p className="field-hint">{t('phaseInText')}</p>
          <YearMapGrid
            label={t('phaseIn')}
            rowLabel={t('share')}
            corner={t('phaseIn')}
            map={change.phaseIn}
            years={years}
            rule={{ isPercent: true, ...fieldRule(`${LEVER}.phaseIn`) }}
            onChange={(map) =>
              set(t('phaseIn'), (c) => {
                if (map === undefined) delete c.phaseIn;
                else c.phaseIn = map;
              })
            }
          />
        </>
      ) : (
        <>
          <p className="field-hint">{t('factorText')}</p>
          <YearMapGrid
            label={t('factor')}
            rowLabel={t('factor')}
            corner={t('factor')}
            map={change.factor}
            years={years}
            rule={fieldRule(`${LEVER}.factor`)}
            onChange={(map) =>
              set(t('factor'), (c) => {
                c.factor = map ?? 1;
              })
            }
          />
        </>
      )}
    </>
  );
}

export function EndLineEditor({ model, change, edit }: { model: ModelFile; change: EndLineChange; edit: ChangeEdit }) {
  const t = useT(scenarioMessages);
  const locale = useLocale();
  const lines = allLines(model);
  const line = lines.find((l) => l.id === change.id);
  const canRetire = line?.type === 'investment' || line?.type === 'application';
  const options = [
    ...(line ? [] : [{ value: change.id, label: t('chooseLine') }]),
    ...lines.map((l) => ({ value: l.id, label: `${lineName(l, l.id, { m: model, locale })} (${l.id})` })),
  ];
  return (
    <div className="form-row">
      <SelectField
        label={t('line')}
        value={change.id}
        options={options}
        onChange={(v) =>
          edit((c) => {
            if (c.op === 'endLine') {
              c.id = v;
              delete c.retire;
            }
          }, t('line'))
        }
      />
      <YearField
        label={t('from')}
        value={change.from}
        onCommit={(v) =>
          edit((c) => {
            if (c.op === 'endLine' && v !== undefined) c.from = v;
          }, t('from'))
        }
      />
      {canRetire && (
        <CheckboxField
          label={t('retire')}
          checked={change.retire === true}
          onChange={(v) =>
            edit((c) => {
              if (c.op === 'endLine') {
                if (v) c.retire = true;
                else delete c.retire;
              }
            }, t('retire'))
          }
        />
      )}
    </div>
  );
}
