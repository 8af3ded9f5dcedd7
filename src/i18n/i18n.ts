/**
 * Messages and the current locale. Each feature keeps its own table in a `messages.ts`
 * (`defineMessages({ nl: {...}, en: {...} })`); the English table must have exactly the Dutch
 * keys, so a missing translation is a type error, and `t` only accepts keys of its table.
 */
import { useCallback } from 'react';
import type { Locale } from './format';
import { useLocale } from './locale';

export { useLocale } from './locale';

export type MessageTable<K extends string> = { nl: Record<K, string>; en: Record<K, string> };
export type MessageVars = Record<string, string | number>;
export type Translate<K extends string> = (key: K, vars?: MessageVars) => string;

/* @__NO_SIDE_EFFECTS__ */
export function defineMessages<K extends string>(table: {
  nl: Record<K, string>;
  en: NoInfer<Record<K, string>>;
}): MessageTable<K> {
  return table;
}

/** Replaces `{name}` in a message by `vars.name`; unknown names stay visible, so a mistake shows. */
export function interpolate(message: string, vars?: MessageVars): string {
  if (!vars) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function translate<K extends string>(
  table: MessageTable<K>,
  locale: Locale,
  key: K,
  vars?: MessageVars,
): string {
  return interpolate(table[locale][key] ?? table.nl[key] ?? key, vars);
}

/** `const t = useT(messages)`: a translate function for one table, re-created when the locale changes. */
export function useT<K extends string>(table: MessageTable<K>): Translate<K> {
  const locale = useLocale();
  return useCallback((key: K, vars?: MessageVars) => translate(table, locale, key, vars), [table, locale]);
}
