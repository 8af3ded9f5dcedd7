/** `npx tsx test/bench/write-large-model.ts`: (re)writes test/fixtures/bench/large.json from the generator. */
import { LARGE_MODEL_FILE, writeLargeModel } from './models';

process.stdout.write(`${LARGE_MODEL_FILE}: ${writeLargeModel() ? 'written' : 'up to date'}\n`);
