/**
 * The files for search engines and going live, in the build: `sitemap.xml` and `robots.txt` exist only
 * when `SITE` is set (test/deploy/nginx.spec.ts checks their content on builds with SITE), and a
 * production build (`REQUIRE_CONFIG=1`) refuses to run while `src/data/site-config.ts` has placeholders.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteConfig } from '../../src/data/site-config';
import { unfilledFields } from '../../src/lib/unfilled-config';
import { projectRoot } from '../fixtures/data';
import { distDir } from '../e2e/site';

describe('files for search engines', () => {
  test.skipIf(process.env['SITE'])('without SITE the build has no sitemap.xml and no robots.txt', () => {
    expect(existsSync(path.join(distDir, 'sitemap.xml')), 'sitemap.xml').toBe(false);
    expect(existsSync(path.join(distDir, 'robots.txt')), 'robots.txt').toBe(false);
  });
});

describe('a production build', () => {
  test.skipIf(unfilledFields(siteConfig).length === 0)(
    'fails with REQUIRE_CONFIG=1 and names every unfilled field of site-config.ts',
    () => {
      const outDir = mkdtempSync(path.join(tmpdir(), 'mo-leitfaden-require-config-'));
      try {
        const build = spawnSync(
          path.join(projectRoot, 'node_modules/.bin/astro'),
          ['build', '--outDir', outDir],
          { cwd: projectRoot, env: { ...process.env, REQUIRE_CONFIG: '1' }, encoding: 'utf8' },
        );
        expect(build.status, 'exit code').not.toBe(0);
        const output = build.stdout + build.stderr;
        expect(output).toContain('src/data/site-config.ts');
        for (const field of unfilledFields(siteConfig)) expect(output, field).toContain(field);
        expect(existsSync(path.join(outDir, 'index.html')), 'no page was written').toBe(false);
      } finally {
        rmSync(outDir, { recursive: true, force: true });
      }
    },
  );
});
