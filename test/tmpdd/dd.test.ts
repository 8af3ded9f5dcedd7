import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { evaluateModel, toCliDocument } from '../../src/engine';
import { generateModelV3Decision } from '../support/model-generator';
import { differences, printed } from '../reference/compare';
import { referenceDocument } from '../reference/reference';
it('dump', () => {
  const out: string[] = [];
  for (const seed of (process.env.SEEDS ?? '5').split(',').map(Number)) {
    const model = generateModelV3Decision(seed);
    writeFileSync(`/work/wt-int/tmp/seed-${seed}.json`, JSON.stringify(model, null, 1));
    try {
      const diffs = differences(printed(toCliDocument(evaluateModel(model))), printed(referenceDocument(model)));
      out.push(`seed ${seed}: ${diffs.length}`, ...diffs.slice(0, 40));
    } catch (e) { out.push(`seed ${seed}: ERR ${(e as Error).message.slice(0, 300)}`); }
  }
  writeFileSync('/work/wt-int/tmp/dd.txt', out.join('\n'));
});
