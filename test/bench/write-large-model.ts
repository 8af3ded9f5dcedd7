/**
 * `npx tsx test/bench/write-large-model.ts`: (re)writes test/fixtures/bench/large.json and the
 * national model (bench-results/national.json, not committed) from the generator.
 */
import { LARGE_MODEL_FILE, NATIONAL_MODEL_FILE, writeLargeModel, writeNationalModel } from './models';

process.stdout.write(`${LARGE_MODEL_FILE}: ${writeLargeModel() ? 'written' : 'up to date'}\n`);
process.stdout.write(`${NATIONAL_MODEL_FILE}: ${writeNationalModel() ? 'written' : 'up to date'}\n`);
