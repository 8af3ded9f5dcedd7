/** The title page: what the report is about, for whom, and when it was made. */
import type { ModelFile } from '../../engine';
import { intlLocale, useLocale, useT } from '../../i18n';
import { reportMessages } from './messages';
import { longDate } from './report-format';

export function TitlePage({ model, date }: { model: ModelFile; date: Date }) {
  const t = useT(reportMessages);
  const locale = useLocale();
  const { startYear, endYear, extrapolateTo } = model.horizon;
  const isExtended =
    extrapolateTo !== undefined && extrapolateTo > endYear && model.assumptions?.extrapolation !== 'none';
  const list = (names: string[]) => new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(names);
  return (
    <section className="report-title-page" aria-label={model.meta?.title ?? t('untitled')}>
      <p className="report-kicker">{t('kicker')}</p>
      <h1 className="report-title">{model.meta?.title ?? t('untitled')}</h1>
      {model.meta?.description && <p className="report-description">{model.meta.description}</p>}
      <p className="report-date">{t('preparedOn', { date: longDate(date, locale) })}</p>
      <ul className="report-title-facts">
        <li>
          {isExtended
            ? t('period', { from: startYear, to: endYear, extrapolateTo: extrapolateTo as number })
            : t('periodNoExtrapolation', { from: startYear, to: endYear })}
        </li>
        <li>{t('parties', { names: list(model.parties.map((p) => p.name)) })}</li>
        <li>{t('scenarios', { names: list(model.scenarios.map((s) => s.name)) })}</li>
        {typeof model.meta?.author === 'string' && model.meta.author !== '' && <li>{model.meta.author}</li>}
      </ul>
      <p className="report-made-with">{t('madeWith')}</p>
    </section>
  );
}
