/**
 * The council report: a title page, the outcomes, the method of projection and the cash view, the charts, each municipality's case, staff,
 * benchmark, uncertainty, all inputs and the method — laid out for A4 (report.css). The browser's
 * print dialog makes the PDF; the screen shows the same document.
 */
import { useState } from 'react';
import { useT } from '../../i18n';
import { ActualsSection } from './actuals-section';
import { BenchmarkSection } from './benchmark-section';
import { BudgetSection } from './budget-section';
import { CategoriesSection } from './categories-section';
import { CostsSection } from './costs-section';
import { ExitSection } from './exit-section';
import { InputsSection } from './inputs-section';
import { LegalSection } from './legal-section';
import { reportMessages } from './messages';
import { MethodSection } from './method-section';
import { MunicipalitiesSection } from './municipalities-section';
import { ProjectionSection } from './projection-section';
import { StaffSection } from './staff-section';
import { SummarySection } from './summary-section';
import { TitlePage } from './title-page';
import { UncertaintySection } from './uncertainty-section';
import { useReportData } from './use-report-data';
import './report.css';

export function ReportScreen() {
  const t = useT(reportMessages);
  const data = useReportData();
  const [date] = useState(() => new Date());
  if (!data) {
    return (
      <div className="screen">
        <h1>{t('screenTitle')}</h1>
        <p className="notice notice-warning">{t('noResults')}</p>
      </div>
    );
  }
  const { model, evaluation, benchmark, municipalStaff, methods } = data;
  return (
    <div className="screen report-screen">
      <div className="report-toolbar">
        <p>{t('toolbarText')}</p>
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t('print')}
        </button>
      </div>
      <article className="report-doc" aria-label={t('screenTitle')}>
        <TitlePage model={model} date={date} />
        <SummarySection model={model} evaluation={evaluation} />
        <ProjectionSection model={model} evaluation={evaluation} comparison={methods} />
        <CostsSection
          evaluation={evaluation}
          isComputedThrough={model.assumptions?.extrapolation === 'computeThrough'}
        />
        <CategoriesSection model={model} evaluation={evaluation} />
        <MunicipalitiesSection model={model} evaluation={evaluation} />
        <BudgetSection model={model} evaluation={evaluation} />
        <StaffSection model={model} evaluation={evaluation} municipalStaff={municipalStaff} />
        {benchmark && <BenchmarkSection model={model} evaluation={evaluation} view={benchmark} />}
        <ExitSection model={model} evaluation={evaluation} />
        <LegalSection model={model} evaluation={evaluation} />
        <UncertaintySection model={model} evaluation={evaluation} />
        <ActualsSection model={model} evaluation={evaluation} />
        <InputsSection model={model} />
        <MethodSection model={model} />
      </article>
    </div>
  );
}
