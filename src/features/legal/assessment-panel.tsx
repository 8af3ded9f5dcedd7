/**
 * The non-financial assessment (the `assessment` section): weights, a 1–5 score with a reason per
 * scenario and criterion, the weighted totals, cost per point and which weight flips the ranking.
 */
import { NumberField, Section, SelectField, TextField } from '../../components';
import { TableScroll } from '../../components/charts';
import type { AssessmentSection, Evaluation, ModelFile } from '../../engine';
import { formatDecimal, formatMoney, useLocale, useT } from '../../i18n';
import { sumDecimals } from '../../model';
import { assess, newAssessment, withScore } from '../../model/assessment';
import { useSetAssessment } from '../../state';
import { legalMessages } from './messages';

export function AssessmentPanel({ model, evaluation }: { model: ModelFile; evaluation: Evaluation }) {
  const t = useT(legalMessages);
  const setAssessment = useSetAssessment();
  const section = model.assessment;
  if (!section)
    return (
      <Section title={t('assessmentTitle')} description={t('assessmentIntro')}>
        <button
          type="button"
          className="button button-primary"
          onClick={() => setAssessment(newAssessment(), t('addAssessmentLabel'))}
        >
          {t('addAssessment')}
        </button>
      </Section>
    );
  return <Assessment section={section} evaluation={evaluation} />;
}

function Assessment({ section, evaluation }: { section: AssessmentSection; evaluation: Evaluation }) {
  const t = useT(legalMessages);
  const locale = useLocale();
  const setAssessment = useSetAssessment();
  const scenarios = evaluation.scenarios;
  const nameOf = (id: string) => scenarios.find((s) => s.id === id)?.name ?? id;
  const labelOf = (id: string) => section.criteria.find((c) => c.id === id)?.label ?? id;
  const costs = Object.fromEntries(
    scenarios.map((s) => [
      s.id,
      sumDecimals([...s.years.filter((y) => y.year <= evaluation.endYear).map((y) => y.total), '0.00']),
    ]),
  );
  const result = assess(
    section,
    scenarios.map((s) => s.id),
    costs,
  );
  const score = (scenario: string, criterion: string) =>
    section.scores?.find((s) => s.scenario === scenario && s.criterion === criterion);
  const weightText = (w: string) => formatDecimal(w, locale, 2);
  return (
    <Section
      title={t('assessmentTitle')}
      description={t('assessmentIntro')}
      actions={
        <button type="button" className="button" onClick={() => setAssessment(null, t('removeAssessmentLabel'))}>
          {t('removeAssessment')}
        </button>
      }
    >
      <h3>{t('weightsTitle')}</h3>
      <div className="form-row legal-weights">
        {section.criteria.map((c, i) => (
          <NumberField
            key={c.id}
            label={t('weightOf', { criterion: c.label })}
            value={String(c.weight)}
            rule={{ min: 0, max: 1000 }}
            hint={c.note}
            onCommit={(v) =>
              setAssessment(
                { ...section, criteria: section.criteria.map((x, j) => (j === i ? { ...x, weight: v } : x)) },
                t('weightEditLabel'),
              )
            }
          />
        ))}
      </div>
      <h3>{t('scoresTitle')}</h3>
      <TableScroll label={t('scoresTitle')}>
        <table className="table legal-scores">
          <caption className="visually-hidden">{t('scoresTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('criterion')}</th>
              {scenarios.map((s) => (
                <th key={s.id} scope="col">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {section.criteria.map((c) => (
              <tr key={c.id} data-criterion={c.id}>
                <th scope="row">{c.label}</th>
                {scenarios.map((s) => {
                  const current = score(s.id, c.id);
                  return (
                    <td key={s.id} data-scenario={s.id}>
                      <SelectField
                        label={t('scoreOf', { scenario: s.name, criterion: c.label })}
                        className="legal-score"
                        value={current ? String(current.score) : ''}
                        onChange={(v) =>
                          setAssessment(
                            withScore(section, s.id, c.id, v === '' ? null : Number(v)),
                            t('scoreEditLabel'),
                          )
                        }
                        options={[
                          { value: '', label: t('noScore') },
                          ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) })),
                        ]}
                      />
                      {current && (
                        <TextField
                          label={t('reasonOf', { scenario: s.name, criterion: c.label })}
                          className="legal-reason"
                          value={current.reason ?? ''}
                          onCommit={(v) =>
                            setAssessment(withScore(section, s.id, c.id, current.score, v), t('scoreEditLabel'))
                          }
                        />
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h3>{t('outcomeTitle')}</h3>
      <TableScroll label={t('outcomeTitle')}>
        <table className="table legal-outcome">
          <caption className="visually-hidden">{t('outcomeTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scenario')}</th>
              <th scope="col" className="num">
                {t('weightedScore')}
              </th>
              <th scope="col" className="num">
                {t('rank')}
              </th>
              <th scope="col" className="num">
                {t('cost')}
              </th>
              <th scope="col" className="num">
                {t('costPerPoint')}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r) => (
              <tr key={r.scenario} data-scenario={r.scenario}>
                <th scope="row">{nameOf(r.scenario)}</th>
                <td className="num" data-figure="weightedScore">
                  {r.weightedScore === null
                    ? t('incomplete', { criteria: r.missing.map(labelOf).join(', ') })
                    : formatDecimal(r.weightedScore, locale, 2)}
                </td>
                <td className="num" data-figure="rank">
                  {r.rank ?? '—'}
                </td>
                <td className="num">{r.cost === null ? '—' : formatMoney(r.cost, locale, 'euro')}</td>
                <td className="num" data-figure="costPerPoint">
                  {r.costPerPoint === null ? '—' : formatMoney(r.costPerPoint, locale, 'euro')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <div className="legal-flips" aria-live="polite">
        <p>{result.leader === null ? t('noLeader') : t('leader', { scenario: nameOf(result.leader) })}</p>
        {result.leader !== null && (
          <ul>
            {result.flips.length === 0 && <li>{t('noFlips')}</li>}
            {result.flips.map((f) => (
              <li key={f.criterion} data-criterion={f.criterion}>
                {t(f.direction === 'raise' ? 'flipRaise' : 'flipLower', {
                  criterion: labelOf(f.criterion),
                  at: weightText(f.flipAt),
                  weight: weightText(f.weight),
                  rival: nameOf(f.newLeader),
                })}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Section>
  );
}
