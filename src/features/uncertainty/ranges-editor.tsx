/** The ranges on the model's inputs: add one from any numeric input, edit, remove, or take the suggestions. */
import { useMemo, useState } from 'react';
import { InputPicker, Section, SelectField } from '../../components';
import type { Distribution } from '../../engine';
import { defaultDistribution, idForPath, numericInputs, suggestedRanges, withRequiredVersion } from '../../model';
import { useActiveModel, useUpdateModel } from '../../state';
import { useLocale, useT } from '../../i18n';
import { uncertaintyMessages } from './messages';
import { RangeCard } from './range-card';
import { convertDistribution } from './values';

const KINDS: Distribution['kind'][] = ['triangular', 'pert', 'uniform', 'normal'];

export function RangesEditor() {
  const t = useT(uncertaintyMessages);
  const locale = useLocale();
  const model = useActiveModel();
  const update = useUpdateModel();
  const inputs = useMemo(() => (model ? numericInputs(model, locale) : []), [model, locale]);
  const byPath = useMemo(() => new Map(inputs.map((i) => [i.path, i])), [inputs]);
  const [path, setPath] = useState(() => inputs[0]?.path ?? '');
  const [kind, setKind] = useState<Distribution['kind']>('triangular');
  if (!model) return null;
  const ranges = model.uncertainty?.inputs ?? [];
  const chosen = byPath.get(path);
  const isTaken = ranges.some((r) => r.path === path);
  const suggestions = suggestedRanges(model, locale);

  const add = () => {
    if (!chosen || isTaken) return;
    const label = chosen.title;
    const distribution = convertDistribution(
      defaultDistribution(chosen.path, chosen.value),
      kind,
      chosen.path,
      Number(chosen.value),
    );
    update(
      (m) => {
        const list = m.uncertainty?.inputs ?? [];
        m.uncertainty = {
          ...m.uncertainty,
          inputs: [
            ...list,
            {
              id: idForPath(
                chosen.path,
                list.map((i) => i.id),
              ),
              path: chosen.path,
              label,
              distribution,
            },
          ],
        };
        withRequiredVersion(m);
      },
      t('addLabel', { input: label }),
    );
  };
  const addSuggested = () =>
    update((m) => {
      m.uncertainty = { ...m.uncertainty, inputs: [...(m.uncertainty?.inputs ?? []), ...suggestions] };
      withRequiredVersion(m);
    }, t('addSuggestedLabel'));

  return (
    <Section
      title={t('rangesTitle')}
      description={t('rangesText')}
      actions={
        suggestions.length > 0 ? (
          <button type="button" className="button" onClick={addSuggested}>
            {t('addSuggested')}
          </button>
        ) : undefined
      }
    >
      {ranges.length === 0 && <p className="notice notice-info">{t('noRanges')}</p>}
      {ranges.length > 0 && (
        <ul className="change-list" aria-label={t('rangesList')}>
          {ranges.map((r) => (
            <RangeCard key={r.id} range={r} input={byPath.get(r.path)} />
          ))}
        </ul>
      )}
      <fieldset className="field-group add-range">
        <legend>{t('addTitle')}</legend>
        {inputs.length === 0 ? (
          <p>{t('noInputs')}</p>
        ) : (
          <div className="form-row">
            <InputPicker
              inputs={inputs}
              value={path}
              onChange={setPath}
              groupLabel={t('group')}
              inputLabel={t('input')}
            />
            <SelectField
              label={t('kind')}
              value={kind}
              options={KINDS.map((k) => ({ value: k, label: t(k) }))}
              onChange={(k) => setKind(k as Distribution['kind'])}
            />
            <div className="field">
              <button type="button" className="button button-primary" onClick={add} disabled={!chosen || isTaken}>
                {t('add')}
              </button>
            </div>
          </div>
        )}
        {isTaken && chosen && <p className="field-hint">{t('hasRange', { input: chosen.label })}</p>}
      </fieldset>
    </Section>
  );
}
