/**
 * The flag on a lever whose values are still to be confirmed (a new lever, a template's sample
 * value): what it is, whether it counts yet, and "Bevestigen". For the staff of a shared party
 * it shows, for comparison, what the municipalities have in the scenario it builds on, so a
 * sample centre staff that no longer fits the user's own figures is seen for what it is.
 */
import type { Change, ModelFile } from '../../engine';
import { formatDecimal } from '../../i18n';
import { confirmChange, groupLabel, sumDecimals, toConfirmReason } from '../../model';
import { municipalitiesOf, useEvaluationState } from '../../state';
import { useLocale, useT } from '../../i18n';
import type { ChangeEdit } from './editor-fields';
import { scenarioMessages } from './messages';

type Props = { model: ModelFile; scenarioId: string; change: Change; text: string; edit: ChangeEdit };

export function ToConfirm({ model, scenarioId, change, text, edit }: Props) {
  const t = useT(scenarioMessages);
  const reason = toConfirmReason(change);
  const isEnabled = change.enabled !== false;
  return (
    <div className="change-confirm">
      <p className="change-confirm-text">
        <strong>{t('toConfirm')}</strong>
        {isEnabled ? '' : ` (${t('notCounted')})`}
        {reason ? `: ${reason}${/[.!?]$/.test(reason) ? '' : '.'}` : '.'}
        <StaffComparison model={model} scenarioId={scenarioId} change={change} />
      </p>
      <button
        type="button"
        className="button"
        aria-label={t('confirmOf', { what: text })}
        onClick={() =>
          edit((c) => {
            confirmChange(c);
          }, t('confirm'))
        }
      >
        {t('confirm')}
      </button>
    </div>
  );
}

function StaffComparison({ model, scenarioId, change }: { model: ModelFile; scenarioId: string; change: Change }) {
  const t = useT(scenarioMessages);
  const locale = useLocale();
  const { evaluation } = useEvaluationState();
  const entry = change.op === 'addStaff' ? change.staff : change.op === 'setStaff' ? change : null;
  if (entry === null || model.parties.find((p) => p.id === entry.party)?.kind !== 'shared') return null;
  const parentId = model.scenarios.find((s) => s.id === scenarioId)?.basedOn;
  const parent = evaluation?.scenarios.find((s) => s.id === parentId);
  const year =
    typeof entry.fte === 'object' ? Math.min(...Object.keys(entry.fte).map(Number)) : model.horizon.startYear;
  const staff = parent?.staff.find((s) => s.year === year) ?? parent?.staff[0];
  if (!parent || !staff) return null;
  const fte = sumDecimals(municipalitiesOf(model).map((m) => staff.byPartyGroup[m.id]?.[entry.group] ?? '0'));
  return (
    <>
      {' '}
      {t('compareStaff', {
        group: groupLabel(model, entry.group, locale).toLowerCase(),
        scenario: parent.name,
        year: staff.year,
        fte: formatDecimal(fte, locale, 1),
      })}
    </>
  );
}
