/**
 * A cell of a table read from a file: a number keeps the exact text the file stores (`raw`),
 * so no float ever touches an amount.
 */
export type RawCell =
  | { kind: 'number'; raw: string }
  | { kind: 'text'; value: string }
  | { kind: 'empty' }
  | { kind: 'other'; value: string };
