/** A sensible first version of each kind of lever, for the user to adjust. */
import type { Change, ChangeOp, ModelFile } from '../../engine';
import { allLines, functionGroupsOf, newLineId } from '../../model';
import { municipalitiesOf, sharedPartiesOf } from '../../state';

export const CHANGE_OPS: ChangeOp[] = ['transfer', 'setStaff', 'addStaff', 'addLine', 'scale', 'endLine', 'setParam'];

export function newChange(op: ChangeOp, m: ModelFile, scenarioId: string): Change {
  const next = m.horizon.startYear + (m.horizon.endYear > m.horizon.startYear ? 1 : 0);
  const first = municipalitiesOf(m)[0]?.id ?? m.parties[0]?.id ?? '';
  const shared = sharedPartiesOf(m)[0]?.id ?? first;
  const group = functionGroupsOf(m).find((g) => g.id === 'technicalMgmt')?.id ?? functionGroupsOf(m)[0]?.id ?? '';
  switch (op) {
    case 'addLine': return { op, line: { type: 'oneOff', id: newLineId(m, `${scenarioId}-oneoff`), party: shared, category: 'programme', year: m.horizon.startYear, amount: 0 } };
    case 'addStaff': return { op, staff: { party: shared, group, fte: { [String(next)]: 0 } } };
    case 'setStaff': return { op, party: first, group, fte: { [String(next)]: 0 } };
    case 'endLine': return { op, id: allLines(m)[0]?.id ?? '', from: next };
    case 'transfer': return { op, select: { party: first, category: ['workplace'] }, to: shared, from: next };
    case 'scale': return { op, select: { category: 'applications' }, from: next, reduction: 0.1, phaseIn: { [String(next)]: 1 } };
    case 'setParam': return { op, path: 'assumptions.discountRate', value: 0.03 };
  }
}
