/**
 * Stands in for the rows above or below the rendered ones of a windowed table (`useRowWindow`),
 * hidden from assistive technology: one row of `height` pixels over `columns` columns.
 */
export function RowSpacer({ height, columns, className }: { height: number; columns?: number; className: string }) {
  return (
    <tr aria-hidden="true" className={className}>
      <td colSpan={columns} style={{ height: `${height}px` }} />
    </tr>
  );
}
