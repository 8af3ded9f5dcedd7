import { Section } from '../../components';
import { formatMoney } from '../../i18n';
import { breakEvenText, paybackText } from '../../model';
import { useActiveModel, useAppStore, useEvaluationState } from '../../state';
import { useLocale, useT } from '../../i18n';
import { startMessages } from './messages';

/** The open model with its scenarios and headline results. */
export function ActiveModel() {
  const t = useT(startMessages);
  const locale = useLocale();
  const model = useActiveModel();
  const { evaluation, errors } = useEvaluationState();
  const setScreen = useAppStore((s) => s.setScreen);
  if (!model) return null;
  const names = new Map(model.scenarios.map((s) => [s.id, s.name]));
  const extrapolateTo = model.horizon.extrapolateTo ?? model.horizon.endYear;
  return (
    <Section
      title={`${t('activeTitle')}: ${model.meta?.title ?? t('untitled')}`}
      actions={
        <>
          <button type="button" className="button button-primary" onClick={() => setScreen('results')}>
            {t('toResults')}
          </button>
          <button type="button" className="button" onClick={() => setScreen('scenarios')}>
            {t('toScenarios')}
          </button>
          <button type="button" className="button" onClick={() => setScreen('setup')}>
            {t('toSetup')}
          </button>
        </>
      }
    >
      {model.meta?.description && <p className="section-description">{model.meta.description}</p>}
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('scenarios')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scenario')}</th>
              <th scope="col">{t('basedOn')}</th>
              <th scope="col">{t('breakEven')}</th>
              <th scope="col" className="num">
                {t('payback')}
              </th>
              <th scope="col" className="num">
                {t('npv', { from: model.horizon.startYear, to: model.horizon.endYear })}
              </th>
              <th scope="col" className="num">
                {t('investment')}
              </th>
            </tr>
          </thead>
          <tbody>
            {model.scenarios.map((s) => {
              const r = evaluation?.scenarios.find((x) => x.id === s.id);
              const isBaseline = s.basedOn === null;
              return (
                <tr key={s.id}>
                  <th scope="row">{s.name}</th>
                  <td>{s.basedOn ? (names.get(s.basedOn) ?? s.basedOn) : '—'}</td>
                  <td>{r ? breakEvenText(r.breakEven, isBaseline, extrapolateTo, locale, r.years) : '…'}</td>
                  <td className="num">{r ? paybackText(r.paybackYears, locale, r.years) : '…'}</td>
                  <td className="num">{r && !isBaseline ? formatMoney(r.npv, locale) : '—'}</td>
                  <td className="num">{r && !isBaseline ? formatMoney(r.investment, locale) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {!evaluation && errors.length > 0 && <p className="muted">{t('noResults')}</p>}
    </Section>
  );
}
