import { EditableGrid, numberParser, numCell, type NumberRule } from '../../components/grid';
import type { YearMap } from '../../engine';
import { isExplicit, isPlainMap, setYearValue, yearValue } from '../../model';
import { useLocale } from '../../i18n';

type Props = {
  label: string;
  rowLabel: string;
  corner: string;
  map: YearMap | undefined;
  years: number[];
  rule: NumberRule;
  onChange: (map: YearMap | undefined) => void;
};

function firstKey(map: YearMap | undefined): number | null {
  if (map === undefined) return null;
  if (isPlainMap(map)) return -Infinity;
  const keys = Object.keys(map)
    .map(Number)
    .sort((a, b) => a - b);
  return keys[0] ?? null;
}

/** One year map as a one-row grid: empty cells before the first year with a value. */
export function YearMapGrid({ label, rowLabel, corner, map, years, rule, onChange }: Props) {
  const locale = useLocale();
  const start = firstKey(map);
  return (
    <EditableGrid
      label={label}
      corner={corner}
      rows={[{ id: 'row', label: rowLabel }]}
      columns={years.map((y) => ({ id: String(y), label: String(y) }))}
      cell={(_, c) => {
        const y = years[c] as number;
        if (start === null || y < start) return numCell('', locale, { tone: 'derived' });
        return numCell(yearValue(map, y), locale, {
          isPercent: rule.isPercent,
          tone: isExplicit(map, y) || (isPlainMap(map) && c === 0) ? 'explicit' : 'derived',
        });
      }}
      parse={numberParser({ ...rule, isOptional: true }, locale)}
      onCommit={(edits) => {
        let next = map;
        for (const e of edits) {
          const y = years[e.col] as number;
          if (e.value === '') {
            if (next !== undefined && !isPlainMap(next) && isExplicit(next, y)) {
              const { [String(y)]: _gone, ...rest } = next;
              next = Object.keys(rest).length > 0 ? rest : undefined;
            }
          } else next = setYearValue(next, y, e.value, years);
        }
        onChange(next);
      }}
    />
  );
}
