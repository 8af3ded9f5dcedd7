import { NumberField, Section, TextField } from '../../components';
import type { ModelFile } from '../../engine';
import { useUpdateModel } from '../../state';
import { useT } from '../../i18n';
import { setupMessages } from './messages';

export function GeneralSection({ model }: { model: ModelFile }) {
  const t = useT(setupMessages);
  const update = useUpdateModel();
  const setMeta = (key: 'title' | 'description' | 'author', label: string) => (v: string) =>
    update((m) => {
      m.meta = { ...m.meta, [key]: v };
      if (v === '' && key !== 'title') delete m.meta[key];
    }, label);
  const h = model.horizon;
  return (
    <>
      <Section title={t('general')}>
        <TextField
          label={t('modelTitle')}
          value={model.meta?.title ?? ''}
          onCommit={setMeta('title', t('modelTitle'))}
          isRequired
        />
        <TextField
          label={t('description')}
          value={model.meta?.description ?? ''}
          onCommit={setMeta('description', t('description'))}
          isMultiline
        />
        <TextField
          label={t('author')}
          value={String(model.meta?.author ?? '')}
          onCommit={setMeta('author', t('author'))}
        />
      </Section>
      <Section title={t('horizon')} description={t('horizonText')}>
        <div className="form-row">
          <NumberField
            label={t('startYear')}
            value={String(h.startYear)}
            rule={{ isInteger: true, min: 1990, max: h.endYear }}
            onCommit={(v) =>
              update((m) => {
                m.horizon.startYear = Number(v);
              }, t('startYear'))
            }
          />
          <NumberField
            label={t('endYear')}
            value={String(h.endYear)}
            rule={{ isInteger: true, min: h.startYear, max: h.startYear + 50 }}
            onCommit={(v) =>
              update((m) => {
                const end = Number(v);
                m.horizon.endYear = end;
                if ((m.horizon.extrapolateTo ?? end) < end) m.horizon.extrapolateTo = end;
              }, t('endYear'))
            }
          />
          <NumberField
            label={t('extrapolateTo')}
            value={String(h.extrapolateTo ?? h.endYear)}
            rule={{ isInteger: true, min: h.endYear, max: h.endYear + 50 }}
            onCommit={(v) =>
              update((m) => {
                m.horizon.extrapolateTo = Number(v);
              }, t('extrapolateTo'))
            }
          />
        </div>
      </Section>
    </>
  );
}
