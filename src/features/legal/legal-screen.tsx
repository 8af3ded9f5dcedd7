/**
 * The "Rechtsvorm" screen (issue 17): one scenario under each legal form side by side with the
 * legal consequences, the editable assumptions of each form, the non-financial assessment and
 * the vulnerability indicators from the staff tables.
 */
import { useState } from 'react';
import { ScreenHeader, Section, SelectField, ErrorNotice } from '../../components';
import type { Evaluation, ModelFile } from '../../engine';
import { partyName } from '../../model';
import { newLegalFormSection } from '../../model/legal-forms';
import { useActiveModel, useEvaluationState, useSetLegalForm } from '../../state';
import { useT } from '../../i18n';
import { AssessmentPanel } from './assessment-panel';
import { ComparisonTable } from './comparison';
import { FormEditor } from './form-editor';
import { IndicatorsPanel } from './indicators-panel';
import { legalMessages } from './messages';
import './legal.css';

export function LegalScreen() {
  const t = useT(legalMessages);
  const model = useActiveModel();
  const { evaluation, errors } = useEvaluationState();
  if (!model) return null;
  return (
    <div className="screen legal-screen">
      <ScreenHeader title={t('title')}>
        <p>{t('intro')}</p>
      </ScreenHeader>
      {evaluation ? (
        <Body model={model} evaluation={evaluation} />
      ) : (
        errors.length > 0 && (
          <ErrorNotice title={t('invalid')}>
            <p>{errors[0]}</p>
          </ErrorNotice>
        )
      )}
    </div>
  );
}

function Body({ model, evaluation }: { model: ModelFile; evaluation: Evaluation }) {
  const t = useT(legalMessages);
  const scenarios = evaluation.scenarios.filter((s) => s.id !== evaluation.baselineId);
  const [wanted, setWanted] = useState<string | null>(null);
  const scenario = scenarios.find((s) => s.id === wanted)?.id ?? scenarios[scenarios.length - 1]?.id ?? null;
  return (
    <>
      {model.legalForm ? (
        scenario === null ? (
          <p>{t('noScenario')}</p>
        ) : (
          <>
            <ComparisonTable
              model={model}
              evaluation={evaluation}
              scenario={scenario}
              onScenario={setWanted}
              scenarios={scenarios.map((s) => ({ value: s.id, label: s.name }))}
            />
            <FormEditor model={model} section={model.legalForm} />
          </>
        )
      ) : (
        <AddForms model={model} />
      )}
      <AssessmentPanel model={model} evaluation={evaluation} />
      <IndicatorsPanel model={model} evaluation={evaluation} initialScenario={scenario ?? evaluation.baselineId} />
    </>
  );
}

function AddForms({ model }: { model: ModelFile }) {
  const t = useT(legalMessages);
  const setLegalForm = useSetLegalForm();
  const shared = model.parties.filter((p) => p.kind === 'shared');
  const [wanted, setWanted] = useState<string | null>(null);
  const party = shared.find((p) => p.id === wanted)?.id ?? shared[0]?.id;
  return (
    <Section title={t('setupTitle')} description={t('setupText')}>
      {party === undefined ? (
        <p>{t('noShared')}</p>
      ) : (
        <div className="form-row">
          <SelectField
            label={t('sharedParty')}
            value={party}
            onChange={setWanted}
            options={shared.map((p) => ({ value: p.id, label: partyName(model, p.id) }))}
          />
          <button
            type="button"
            className="button button-primary"
            onClick={() => setLegalForm(newLegalFormSection(model, party), t('addFormsLabel'))}
          >
            {t('addForms')}
          </button>
        </div>
      )}
    </Section>
  );
}
