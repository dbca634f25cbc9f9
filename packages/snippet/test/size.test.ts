import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The size budget of the script-tag bundle (core with its built-in PII scrubber + autocapture +
 * transport-http), min+gzip (zlib level 9): measured 20,384 B (2026-11-24) plus under 1 %, so it cannot grow
 * back unnoticed. Raising it is a decision to make in review, not a number to bump to get green.
 * About 8 KB of it is the scrubber, which runs in the page so that nothing leaves it
 * unscrubbed. Raised from 19,900 B for the scrubber's plain-text pre-check (+0.25 KB, a quarter
 * off the time to scrub typical page strings) and the outbox's unload spill (+0.4 KB: events made
 * while a page is left survive it). Where the bytes go:
 * `node packages/snippet/scripts/bundle-breakdown.mjs --dist`.
 */
const BUDGET_GZIP_BYTES = 20_550;
const bundle = fileURLToPath(new URL('../dist/sightline.min.js', import.meta.url));

describe('snippet bundle', () => {
  it('is built (npm test builds every package first)', () => {
    expect(existsSync(bundle), `missing ${bundle}: run \`npm run build\``).toBe(true);
  });

  it(`stays within ${BUDGET_GZIP_BYTES} bytes min+gzip`, () => {
    const gzipped = gzipSync(readFileSync(bundle), { level: 9 }).length;
    expect(gzipped).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('ships no read key and no development-only code', () => {
    const source = readFileSync(bundle, 'utf8');
    expect(source).not.toMatch(/sl_r_[A-Za-z0-9]/);
    expect(source).not.toContain('process.env');
  });
});
