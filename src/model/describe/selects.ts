/** What a select picks, as part of a sentence: "ICT-werkplek (hardware) en Datacommunicatie van Haarlem". */
import type { Select } from '../../engine';
import { categoryLabel, groupLabel, partyName } from '../catalog';
import { allLines, asList } from '../model-edits';
import { listText, say, type DescribeContext } from './context';
import { lineName } from './lines';

export function selectText(s: Select, c: DescribeContext): string {
  const cats = asList(s.category).map((id) => categoryLabel(c.m, id, c.locale));
  const groups = asList(s.group).map((id) => groupLabel(c.m, id, c.locale));
  const lines = (s.lineIds ?? []).map((id) =>
    lineName(
      allLines(c.m).find((l) => l.id === id),
      id,
      c,
    ),
  );
  const what = [...cats, ...groups, ...lines];
  const subject = what.length > 0 ? listText(what, c) : say(c, 'allCosts');
  if (!s.party) return say(c, 'selectAllParties', { what: subject });
  return say(c, 'selectOfParty', { what: subject, party: partyName(c.m, s.party) });
}
