import { useState } from 'react';
import { ScreenHeader, Section, SelectField, Tabs } from '../../components';
import type { AllocationKey, ModelFile, Party } from '../../engine';
import { categoriesOf, categoryLabel } from '../../model';
import { sharedPartiesOf, useActiveModel, useAppStore, useUpdateModel } from '../../state';
import { useLocale, useT } from '../../i18n';
import { KeyEditor } from './key-editor';
import { allocationMessages } from './messages';

export function AllocationScreen() {
  const t = useT(allocationMessages);
  const model = useActiveModel();
  const setScreen = useAppStore((s) => s.setScreen);
  const [current, setCurrent] = useState<string | null>(null);
  if (!model) return null;
  const shared = sharedPartiesOf(model);
  const party = shared.find((p) => p.id === current) ?? shared[0];
  return (
    <div className="screen">
      <ScreenHeader title={t('title')}>
        <p>{t('intro')}</p>
      </ScreenHeader>
      {!party ? (
        <>
          <p>{t('noShared')}</p>
          <button type="button" className="button" onClick={() => setScreen('setup')}>
            {t('toSetup')}
          </button>
        </>
      ) : (
        <Tabs
          label={t('partyTabs')}
          tabs={shared.map((p) => ({ id: p.id, label: p.name }))}
          current={party.id}
          onChange={setCurrent}
        >
          <PartyKeys model={model} party={party} />
        </Tabs>
      )}
    </div>
  );
}

function PartyKeys({ model, party }: { model: ModelFile; party: Party }) {
  const t = useT(allocationMessages);
  const locale = useLocale();
  const update = useUpdateModel();
  const own = Object.keys(party.allocation?.byCategory ?? {});
  const free = categoriesOf(model).filter((c) => !own.includes(c.id));
  const [category, setCategory] = useState('');
  const chosen = free.some((c) => c.id === category) ? category : (free[0]?.id ?? '');
  const editKey = (cat: string | null) => (fn: (k: AllocationKey) => void, label: string) =>
    update((m) => {
      const p = m.parties.find((x) => x.id === party.id);
      if (!p) return;
      p.allocation ??= {};
      if (cat === null) {
        p.allocation.default ??= { basis: 'inhabitants' };
        fn(p.allocation.default);
        return;
      }
      const by = (p.allocation.byCategory ??= {});
      by[cat] ??= { basis: 'inhabitants' };
      fn(by[cat]);
    }, label);
  return (
    <>
      <Section title={t('defaultKey')} description={party.allocation ? t('defaultKeyText') : t('noAllocation')}>
        <KeyEditor
          model={model}
          title={`${t('defaultKey')} — ${party.name}`}
          value={party.allocation?.default}
          onChange={editKey(null)}
        />
      </Section>
      <Section title={t('byCategory')} description={t('byCategoryText')}>
        {own.map((cat) => (
          <div key={cat}>
            <KeyEditor
              model={model}
              title={t('categoryKey', { category: categoryLabel(model, cat, locale) })}
              value={party.allocation?.byCategory?.[cat]}
              onChange={editKey(cat)}
            />
            <button
              type="button"
              className="button"
              onClick={() =>
                update(
                  (m) => {
                    const by = m.parties.find((x) => x.id === party.id)?.allocation?.byCategory;
                    if (!by) return;
                    delete by[cat];
                    if (Object.keys(by).length === 0)
                      delete m.parties.find((x) => x.id === party.id)?.allocation?.byCategory;
                  },
                  t('removeKey', { category: categoryLabel(model, cat, locale) }),
                )
              }
            >
              {t('removeKey', { category: categoryLabel(model, cat, locale) })}
            </button>
          </div>
        ))}
        {free.length > 0 && (
          <div className="form-row">
            <SelectField
              label={t('addCategory')}
              value={chosen}
              onChange={setCategory}
              options={free.map((c) => ({ value: c.id, label: categoryLabel(model, c.id, locale) }))}
            />
            <div className="field">
              <button
                type="button"
                className="button"
                onClick={() =>
                  editKey(chosen)((k) => {
                    k.basis = k.basis ?? 'inhabitants';
                  }, t('addKey'))
                }
              >
                {t('addKey')}
              </button>
            </div>
          </div>
        )}
      </Section>
    </>
  );
}
