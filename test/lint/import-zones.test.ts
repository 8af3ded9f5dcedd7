/**
 * The import rules of eslint.config.js, run on small virtual files: each forbidden import is
 * reported by the rule that owns it, and the allowed ones are not. The files do not exist; only
 * their paths (which decide the zone) and their import lines matter.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ overrideConfigFile: 'eslint.config.js' });
});

type Found = { rule: string | null; id: string | undefined };

/** The import-rule messages for `source` imported from a file at `filePath`. */
async function importProblems(filePath: string, source: string): Promise<Found[]> {
  const code = `import { x } from '${source}';\nexport const y = x;\n`;
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.startsWith('kantelpunt/') || m.fatal)
    .map((m) => ({ rule: m.ruleId, id: m.messageId }));
}

const forbidden: [string, string, string, string, string][] = [
  // [what, file, source, rule, message id]
  ['engine → outside the engine', 'src/engine/calc/x.ts', '../../state', 'kantelpunt/engine-boundary', 'outside'],
  [
    'engine → a package other than decimal.js',
    'src/engine/calc/x.ts',
    'react',
    'kantelpunt/engine-boundary',
    'outside',
  ],
  [
    'engine layer upward (numeric → calc)',
    'src/engine/numeric/x.ts',
    '../calc',
    'kantelpunt/engine-boundary',
    'upward',
  ],
  [
    'engine layer → its equal (views → sampling)',
    'src/engine/views/x.ts',
    '../sampling',
    'kantelpunt/engine-boundary',
    'upward',
  ],
  ['engine layer → the engine’s own index', 'src/engine/calc/x.ts', '..', 'kantelpunt/engine-boundary', 'upward'],
  [
    'engine layer → a file of a lower layer, not its index',
    'src/engine/calc/x.ts',
    '../numeric/money',
    'kantelpunt/engine-boundary',
    'deep',
  ],
  [
    'outside code → a file inside the engine',
    'src/features/results/x.ts',
    '../../engine/calc/memo',
    'kantelpunt/import-zones',
    'engineDeep',
  ],
  [
    'outside code → an engine layer’s index',
    'src/state/x.ts',
    '../engine/calc',
    'kantelpunt/import-zones',
    'engineDeep',
  ],
  [
    'the app → a file inside the engine',
    'src/app/x.ts',
    '../engine/calc/memo',
    'kantelpunt/import-zones',
    'engineDeep',
  ],
  [
    'a test → a file inside an engine layer',
    'test/engine/x.test.ts',
    '../../src/engine/calc/memo',
    'kantelpunt/test-engine-imports',
    'deep',
  ],
  ['model → state', 'src/model/x.ts', '../state', 'kantelpunt/import-zones', 'zone'],
  ['state → features', 'src/state/x.ts', '../features/results', 'kantelpunt/import-zones', 'zone'],
  ['state → app', 'src/state/x.ts', '../app/screens', 'kantelpunt/import-zones', 'zone'],
  ['components → state', 'src/components/x.tsx', '../state', 'kantelpunt/import-zones', 'zone'],
  ['components → features', 'src/components/x.tsx', '../features/results', 'kantelpunt/import-zones', 'zone'],
  ['i18n → state', 'src/i18n/x.ts', '../state/store', 'kantelpunt/import-zones', 'zone'],
  ['i18n → model', 'src/i18n/x.ts', '../model', 'kantelpunt/import-zones', 'zone'],
  ['worker → state', 'src/worker/x.ts', '../state', 'kantelpunt/import-zones', 'zone'],
  [
    'a feature → another feature',
    'src/features/report/x.ts',
    '../results/results-kit',
    'kantelpunt/import-zones',
    'feature',
  ],
  [
    'a feature → another feature’s index',
    'src/features/report/x.ts',
    '../results',
    'kantelpunt/import-zones',
    'feature',
  ],
];

const allowed: [string, string, string][] = [
  ['a feature → state', 'src/features/report/x.ts', '../../state'],
  ['a feature → its own files', 'src/features/report/x.ts', './use-report-data'],
  ['a feature → components, i18n, model and the engine’s index', 'src/features/report/x.ts', '../../components'],
  ['the app → features', 'src/app/x.ts', '../features/results'],
  ['main.tsx → the app', 'src/main.tsx', './app/app'],
  ['engine/calc → a lower layer’s index', 'src/engine/calc/x.ts', '../numeric'],
  ['engine/calc → its own layer', 'src/engine/calc/x.ts', './ledger'],
  ['engine/calc → decimal.js', 'src/engine/calc/x.ts', 'decimal.js'],
  ['the engine’s index → any layer', 'src/engine/index.ts', './calc'],
  ['state → the engine’s index', 'src/state/x.ts', '../engine'],
  ['state → i18n and model', 'src/state/x.ts', '../i18n'],
  ['components → model', 'src/components/x.tsx', '../model'],
  ['model → i18n', 'src/model/x.ts', '../i18n/format'],
  ['a test → an engine layer’s index', 'test/engine/x.test.ts', '../../src/engine/calc'],
  ['a test → state', 'test/ui/x.test.ts', '../../src/state'],
];

describe('the import rules', () => {
  it.each(forbidden)('report %s', async (_what, file, source, rule, id) => {
    expect(await importProblems(file, source)).toEqual([{ rule, id }]);
  });

  it.each(allowed)('allow %s', async (_what, file, source) => {
    expect(await importProblems(file, source)).toEqual([]);
  });
});
