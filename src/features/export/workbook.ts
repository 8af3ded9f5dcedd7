/** All sheets of an export: the inputs, then the results. */
import type { Evaluation, ModelFile } from '../../engine';
import type { Locale } from '../../i18n';
import type { Translate } from '../../i18n';
import type { Sheet } from './cells';
import { inputSheets } from './input-sheets';
import type { ExportKey } from './messages';
import { resultSheets } from './result-sheets';

export function buildWorkbook(model: ModelFile, evaluation: Evaluation, t: Translate<ExportKey>, locale: Locale, exportedOn: string): Sheet[] {
  return [...inputSheets(model, t, locale, exportedOn), ...resultSheets(model, evaluation, t, locale)];
}

/** A file name from the model's title: letters, digits and dashes only. */
export function exportFileName(model: ModelFile, extension: string, suffix = ''): string {
  const base = (model.meta?.title ?? 'kantelpunt').normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 60) || 'kantelpunt';
  return `${base}${suffix ? `-${suffix}` : ''}.${extension}`;
}
