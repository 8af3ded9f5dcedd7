/**
 * Blocks of cells as spreadsheets put them on the clipboard: rows separated by newlines, cells
 * by tabs; a cell holding a tab, newline or quote is wrapped in double quotes (Excel, LibreOffice,
 * Google Sheets all do this). The trailing newline Excel adds is not an extra row.
 */
export function parseClipboardBlock(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"' && cell === '') {
      const close = readQuoted(text, i);
      if (close) {
        cell = close.value;
        i = close.next;
        continue;
      }
    }
    if (ch === '\t') endCell();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endRow();
      i += 1;
    } else if (ch === '\n' || ch === '\r') endRow();
    else cell += ch;
    i += 1;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

/** A quoted cell starting at `start`, when it is closed before the next tab or line end. */
function readQuoted(text: string, start: number): { value: string; next: number } | null {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      const after = text[i + 1];
      return after === undefined || after === '\t' || after === '\n' || after === '\r' ? { value, next: i + 1 } : null;
    }
    value += text[i];
    i += 1;
  }
  return null;
}

export function formatClipboardBlock(cells: string[][]): string {
  const quote = (v: string) => (/[\t\n\r"]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return cells.map((r) => r.map(quote).join('\t')).join('\n');
}
