export { EditableGrid, type EditableGridProps } from './editable-grid';
export { booleanParser, editText, numberParser, type CellParser, type NumberRule, type ParseResult } from './parsers';
export { formatClipboardBlock, parseClipboardBlock } from './clipboard';
export type { GridCell, GridColumn, GridEdit, GridRow, RowAction } from './types';
export { numCell, textCell, type NumCellOptions } from './cells';
export { useRowWindow, VIRTUAL_FROM, type RowWindow } from './use-row-window';
export { RowSpacer } from './row-spacer';
