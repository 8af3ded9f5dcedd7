/**
 * The change-op table: per kind of lever (spec §5.3) its name, a sensible first version, which
 * editor edits it, its sentence and what it refers to. Adding an op means a row here, the
 * engine's resolution and validation, and — when no existing editor fits — one editor component
 * registered under its editor kind in features/scenarios. Free of React.
 */
import type { Change, ChangeOp, ModelFile, Select } from '../engine';
import type { Locale } from '../i18n/format';
import { functionGroupsOf } from './catalog';
import {
  describeAddLine,
  describeAddStaff,
  describeEndLine,
  describeLeave,
  describeScale,
  describeSetParam,
  describeSetStaff,
  describeStaffTransition,
  describeTransfer,
  type DescribeContext,
  type DescribeKey,
} from './describe';
import { pendingChange } from './levers';
import { allLines, newLineId } from './model-edits';

type Of<Op extends ChangeOp> = Extract<Change, { op: Op }>;

/** The editor component a lever is edited with, by kind (features/scenarios maps kinds to components). */
export type ChangeEditorKind =
  'line' | 'staff' | 'transfer' | 'scale' | 'endLine' | 'param' | 'staffTransition' | 'leave';

/** What a change applies to, as the export's change sheet lists it. */
export type ChangeScope = {
  party?: string;
  category?: string | string[];
  group?: string | string[];
  lineIds?: string | string[];
  from?: number;
};

export type ChangeOpInfo<Op extends ChangeOp> = {
  /** The op's name in `describeMessages`. */
  labelKey: DescribeKey;
  editor: ChangeEditorKind;
  /** A first version for the user to adjust (`newChange` adds it switched off and flagged). */
  create: (m: ModelFile, scenarioId: string) => Of<Op>;
  /** The lever as a sentence. */
  describe: (change: Of<Op>, c: DescribeContext) => string;
  /** Whether it names the party (removing a party removes the change). */
  refersTo: (change: Of<Op>, partyId: string) => boolean;
  scope: (change: Of<Op>) => ChangeScope;
};

const selectScope = (s: Select, from?: number): ChangeScope => ({
  party: s.party,
  category: s.category,
  group: s.group,
  lineIds: s.lineIds,
  from,
});

/** The defaults a new lever starts from: the year after the start, the first municipality, the first shared party. */
function starting(m: ModelFile) {
  const first = m.parties.find((p) => p.kind === 'municipality')?.id ?? m.parties[0]?.id ?? '';
  return {
    next: m.horizon.startYear + (m.horizon.endYear > m.horizon.startYear ? 1 : 0),
    first,
    shared: m.parties.find((p) => p.kind === 'shared')?.id ?? first,
    group: functionGroupsOf(m).find((g) => g.id === 'technicalMgmt')?.id ?? functionGroupsOf(m)[0]?.id ?? '',
  };
}

export const CHANGE_TABLE: { [Op in ChangeOp]: ChangeOpInfo<Op> } = {
  transfer: {
    labelKey: 'op_transfer',
    editor: 'transfer',
    describe: describeTransfer,
    create: (m) => {
      const d = starting(m);
      return { op: 'transfer', select: { party: d.first, category: ['workplace'] }, to: d.shared, from: d.next };
    },
    refersTo: (c, id) => c.select.party === id || c.to === id,
    scope: (c) => selectScope(c.select, c.from),
  },
  setStaff: {
    labelKey: 'op_setStaff',
    editor: 'staff',
    describe: describeSetStaff,
    create: (m) => {
      const d = starting(m);
      return { op: 'setStaff', party: d.first, group: d.group, fte: { [String(d.next)]: 0 } };
    },
    refersTo: (c, id) => c.party === id,
    scope: (c) => ({ party: c.party, group: c.group }),
  },
  addStaff: {
    labelKey: 'op_addStaff',
    editor: 'staff',
    describe: describeAddStaff,
    create: (m) => {
      const d = starting(m);
      return { op: 'addStaff', staff: { party: d.shared, group: d.group, fte: { [String(d.next)]: 0 } } };
    },
    refersTo: (c, id) => c.staff.party === id,
    scope: (c) => ({ party: c.staff.party, group: c.staff.group }),
  },
  addLine: {
    labelKey: 'op_addLine',
    editor: 'line',
    describe: describeAddLine,
    create: (m, scenarioId) => ({
      op: 'addLine',
      line: {
        type: 'oneOff',
        id: newLineId(m, `${scenarioId}-oneoff`),
        party: starting(m).shared,
        category: 'programme',
        year: m.horizon.startYear,
        amount: 0,
      },
    }),
    refersTo: (c, id) => c.line.party === id,
    scope: (c) => ({
      party: c.line.party,
      category: c.line.type !== 'application' ? c.line.category : undefined,
      lineIds: c.line.id,
    }),
  },
  scale: {
    labelKey: 'op_scale',
    editor: 'scale',
    describe: describeScale,
    // The phase-in starts at `from`; the editor's "Vanaf" moves it along (setScaleFrom).
    create: (m) => {
      const { next } = starting(m);
      return {
        op: 'scale',
        select: { category: 'applications' },
        from: next,
        reduction: 0.1,
        phaseIn: { [String(next)]: 1 },
      };
    },
    refersTo: (c, id) => c.select.party === id,
    scope: (c) => selectScope(c.select, c.from),
  },
  endLine: {
    labelKey: 'op_endLine',
    editor: 'endLine',
    describe: describeEndLine,
    create: (m) => ({ op: 'endLine', id: allLines(m)[0]?.id ?? '', from: starting(m).next }),
    refersTo: () => false,
    scope: (c) => ({ lineIds: c.id, from: c.from }),
  },
  setParam: {
    labelKey: 'op_setParam',
    editor: 'param',
    describe: describeSetParam,
    create: () => ({ op: 'setParam', path: 'assumptions.discountRate', value: 0.03 }),
    refersTo: (c, id) => c.path.startsWith(`parties.${id}.`),
    scope: () => ({}),
  },
  // model-v3 §10.4: a municipality leaves a shared party (the Uittreden screen makes these too).
  leave: {
    labelKey: 'op_leave',
    editor: 'leave',
    describe: describeLeave,
    create: (m) => {
      const d = starting(m);
      return {
        op: 'leave',
        party: d.first,
        shared: d.shared,
        from: Math.min(d.next + 1, m.horizon.endYear),
        settlement: { method: 'tapered' },
      };
    },
    refersTo: (c, id) => c.party === id || c.shared === id,
    scope: (c) => ({ party: c.party, from: c.from }),
  },
  // model-v3 §10.5: friction cost by rule over the staff tables (a version-3 field).
  staffTransition: {
    labelKey: 'op_staffTransition',
    editor: 'staffTransition',
    describe: describeStaffTransition,
    create: (m) => ({
      op: 'staffTransition',
      monthsOfSalary: 24,
      hiredNoticeMonths: 2,
      attrition: 0.03,
      booking: 'decisionYear',
      decisionYear: m.horizon.startYear,
    }),
    refersTo: (c, id) => c.bearer === id,
    scope: (c) => ({ group: c.groups }),
  },
};

/**
 * The ops in the order the scenario screen offers them. A leave is asked on the Uittreden
 * screen (it needs the last place among the changes and a computed-through model), so the
 * scenario screen edits one but does not offer it.
 */
export const CHANGE_OPS = (Object.keys(CHANGE_TABLE) as ChangeOp[]).filter((op) => op !== 'leave');

/** The table's row for a change, typed for that change (TypeScript cannot pair a union's member with its row itself). */
export function changeInfo<Op extends ChangeOp>(change: Of<Op>): ChangeOpInfo<Op> {
  return CHANGE_TABLE[change.op] as unknown as ChangeOpInfo<Op>;
}

/**
 * The lever "Hefboom toevoegen" adds: the op's first version, switched off and flagged
 * "Voorbeeldwaarde — nog te bevestigen" in its note, so it changes no figure until the user
 * confirms its values on its card (issue 20).
 */
export const newChange = (op: ChangeOp, m: ModelFile, scenarioId: string, locale: Locale): Change =>
  pendingChange(CHANGE_TABLE[op].create(m, scenarioId), locale);

export const describeChange = (change: Change, m: ModelFile, locale: Locale): string =>
  changeInfo(change).describe(change, { m, locale });

export const changeRefersTo = (change: Change, partyId: string): boolean =>
  changeInfo(change).refersTo(change, partyId);

export const changeScope = (change: Change): ChangeScope => changeInfo(change).scope(change);
