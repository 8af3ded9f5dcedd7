/**
 * Small, declarative checkers for the shape of a model file (spec §1): every check knows the
 * JSON path it is applied at and reports `{ path, message }`. Paths read like the spec's
 * example: `scenarios[1].changes[3].fte.2015`.
 */
import type { ValidationError } from '../model';

export type Issues = ValidationError[];
export type Check = (value: unknown, path: string, issues: Issues) => void;

/** Keys that could reach an object's prototype when a file is merged into other data. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Years a model may use; wide enough for existing assets and long extrapolations. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
/** Largest amount in euros: keeps every sum of cents far below 2^53. */
export const MAX_AMOUNT = 1e12;

export const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;
export const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)
  );
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  // JSON-quoted, so that a tab or line break shows as \t or \n and the message stays on one line.
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

export type NumRule = { min?: number; max?: number; isMinExclusive?: boolean; isInteger?: boolean };

/** Longest decimal string accepted (digits, sign and point). */
export const MAX_DECIMAL_CHARS = 40;

/**
 * The number a JSON number or decimal string stands for, or null (non-finite, not a decimal).
 * A decimal string is taken exactly as written: spaces, tabs or line breaks around the digits
 * make it no decimal (the engine parses the same text; docs/robustness.md).
 */
export function numberOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.length <= MAX_DECIMAL_CHARS && DECIMAL_PATTERN.test(value))
    return Number(value);
  return null;
}

/** Why a value is no number, for the message at its path. */
function notANumber(value: unknown): string {
  if (typeof value === 'number') return 'must be a finite number';
  if (typeof value === 'string' && value.trim() !== value && DECIMAL_PATTERN.test(value.trim()))
    return `must be a number without spaces or line breaks around it: write "${value.trim()}" (found ${describe(value)})`;
  if (typeof value === 'string' && DECIMAL_PATTERN.test(value))
    return `has too many digits (at most ${MAX_DECIMAL_CHARS} characters)`;
  return `must be a number or a decimal string such as "1234.56" (found ${describe(value)})`;
}

/**
 * What a check accepts, kept beside it so that the field tables are also the source of input
 * bounds (`fieldBounds`): a number's range, an object's fields, or the items of a list, record
 * or year map, or variants chosen by a discriminator.
 */
export type Shape =
  | { kind: 'number'; min?: number; max?: number; isInteger?: boolean }
  | { kind: 'object'; fields: Record<string, Field> }
  | { kind: 'each'; item: Check; isYearMap?: boolean }
  | { kind: 'variants'; variants: Check[] };

const shapes = new WeakMap<Check, Shape>();

/** Registers what `check` accepts; returns the check. */
export function withShape(check: Check, shape: Shape): Check {
  shapes.set(check, shape);
  return check;
}

export const shapeOf = (check: Check): Shape | undefined => shapes.get(check);

export function num(rule: NumRule = {}): Check {
  return withShape(numCheck(rule), { kind: 'number', min: rule.min, max: rule.max, isInteger: rule.isInteger });
}

function numCheck(rule: NumRule): Check {
  return (value, path, issues) => {
    const n = numberOf(value);
    if (n === null) {
      issues.push({ path, message: notANumber(value) });
      return;
    }
    if (rule.isInteger && !Number.isInteger(n)) {
      issues.push({ path, message: 'must be a whole number' });
      return;
    }
    if (rule.min !== undefined && (rule.isMinExclusive ? n <= rule.min : n < rule.min)) {
      issues.push({ path, message: `must be ${rule.isMinExclusive ? '>' : '≥'} ${rule.min}` });
    } else if (rule.max !== undefined && n > rule.max) issues.push({ path, message: `must be ≤ ${rule.max}` });
  };
}

export const amount = num({ min: 0, max: MAX_AMOUNT });
export const fraction = num({ min: 0, max: 1 });
export const rate = num({ min: -0.99, max: 10 });

export function int(min: number, max: number): Check {
  return withShape(
    (value, path, issues) => {
      if (typeof value !== 'number' || !Number.isInteger(value))
        issues.push({ path, message: `must be a whole number (found ${describe(value)})` });
      else if (value < min || value > max) issues.push({ path, message: `must be between ${min} and ${max}` });
    },
    { kind: 'number', min, max, isInteger: true },
  );
}

export const year = int(MIN_YEAR, MAX_YEAR);

export const text: Check = (value, path, issues) => {
  if (typeof value !== 'string') issues.push({ path, message: `must be text (found ${describe(value)})` });
  else if (value.length > 10_000) issues.push({ path, message: 'is too long (at most 10,000 characters)' });
};

export const bool: Check = (value, path, issues) => {
  if (typeof value !== 'boolean') issues.push({ path, message: `must be true or false (found ${describe(value)})` });
};

export const id: Check = (value, path, issues) => {
  if (typeof value !== 'string' || !ID_PATTERN.test(value) || value.length > 100) {
    issues.push({ path, message: `must be an id of letters, digits, "_" and "-" (found ${describe(value)})` });
  } else if (FORBIDDEN_KEYS.has(value)) issues.push({ path, message: `"${value}" cannot be used as an id` });
};

export function oneOf(...options: string[]): Check {
  return (value, path, issues) => {
    if (typeof value !== 'string' || !options.includes(value)) {
      issues.push({
        path,
        message: `must be one of ${options.map((o) => `"${o}"`).join(', ')} (found ${describe(value)})`,
      });
    }
  };
}

export function literal(expected: string): Check {
  return (value, path, issues) => {
    if (value !== expected) issues.push({ path, message: `must be "${expected}" (found ${describe(value)})` });
  };
}

/** Keys of an object must not reach a prototype. Returns false (and reports) when one does. */
function hasSafeKeys(value: Record<string, unknown>, path: string, issues: Issues): boolean {
  let isSafe = true;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      issues.push({ path: join(path, key), message: `the key "${key}" is not allowed` });
      isSafe = false;
    }
  }
  return isSafe;
}

export type Field = { check: Check; isRequired?: boolean };
export const req = (check: Check): Field => ({ check, isRequired: true });
export const opt = (check: Check): Field => ({ check });

/** An object with exactly these fields: unknown keys and missing required fields are errors. */
export function obj(
  fields: Record<string, Field>,
  extra?: (value: Record<string, unknown>, path: string, issues: Issues) => void,
): Check {
  return withShape(objCheck(fields, extra), { kind: 'object', fields });
}

function objCheck(
  fields: Record<string, Field>,
  extra?: (value: Record<string, unknown>, path: string, issues: Issues) => void,
): Check {
  return (value, path, issues) => {
    if (!isPlainObject(value)) {
      issues.push({ path, message: `must be an object (found ${describe(value)})` });
      return;
    }
    if (!hasSafeKeys(value, path, issues)) return;
    for (const key of Object.keys(value)) {
      if (!Object.prototype.hasOwnProperty.call(fields, key))
        issues.push({ path: join(path, key), message: 'is not a known field' });
    }
    for (const [key, field] of Object.entries(fields)) {
      if (!Object.prototype.hasOwnProperty.call(value, key) || value[key] === undefined) {
        if (field.isRequired) issues.push({ path: join(path, key), message: 'is required' });
      } else field.check(value[key], join(path, key), issues);
    }
    extra?.(value, path, issues);
  };
}

/** An object whose keys are checked by `keyCheck` and values by `valueCheck` (e.g. shares by party). */
export function record(valueCheck: Check, keyCheck?: (key: string, path: string, issues: Issues) => void): Check {
  return withShape(
    (value, path, issues) => {
      if (!isPlainObject(value)) {
        issues.push({ path, message: `must be an object (found ${describe(value)})` });
        return;
      }
      if (!hasSafeKeys(value, path, issues)) return;
      for (const [key, v] of Object.entries(value)) {
        keyCheck?.(key, join(path, key), issues);
        valueCheck(v, join(path, key), issues);
      }
    },
    { kind: 'each', item: valueCheck },
  );
}

/** `why`: the reason for `maxLength`, added to the message when a list is longer. */
export function list(item: Check, options: { maxLength?: number; uniqueIds?: boolean; why?: string } = {}): Check {
  return withShape(
    (value, path, issues) => {
      if (!Array.isArray(value)) {
        issues.push({ path, message: `must be a list (found ${describe(value)})` });
        return;
      }
      if (options.maxLength !== undefined && value.length > options.maxLength)
        issues.push({
          path,
          message: `may hold at most ${options.maxLength} items (it holds ${value.length})${options.why === undefined ? '' : `: ${options.why}`}`,
        });
      value.forEach((v, i) => item(v, join(path, i), issues));
      if (options.uniqueIds) {
        const seen = new Map<string, number>();
        value.forEach((v, i) => {
          const itemId = isPlainObject(v) ? v.id : undefined;
          if (typeof itemId !== 'string') return;
          const first = seen.get(itemId);
          if (first !== undefined)
            issues.push({
              path: join(join(path, i), 'id'),
              message: `"${itemId}" is already used by ${join(path, first)}`,
            });
          else seen.set(itemId, i);
        });
      }
    },
    { kind: 'each', item },
  );
}

const YEAR_KEY = /^-?\d{1,4}$/;

/** A year map (spec §1): a plain value for all years, or `{ "2013": v, … }`. */
export function yearMap(valueCheck: Check): Check {
  return withShape(
    (value, path, issues) => {
      if (!isPlainObject(value)) {
        valueCheck(value, path, issues);
        return;
      }
      if (!hasSafeKeys(value, path, issues)) return;
      if (Object.keys(value).length === 0) {
        issues.push({ path, message: 'must name at least one year' });
        return;
      }
      for (const [key, v] of Object.entries(value)) {
        const y = Number(key);
        if (!YEAR_KEY.test(key) || y < MIN_YEAR || y > MAX_YEAR)
          issues.push({ path: join(path, key), message: `"${key}" is not a year between ${MIN_YEAR} and ${MAX_YEAR}` });
        else valueCheck(v, join(path, key), issues);
      }
    },
    { kind: 'each', item: valueCheck, isYearMap: true },
  );
}
