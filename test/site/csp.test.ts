/**
 * The Content-Security-Policy of the built site, in Node: every page carries the same policy; every
 * inline script and style is allowed by its hash (also on pages no browser test opens); no markup needs
 * 'unsafe-inline'; and the server snippets of `dist/.server/` send that policy with `frame-ancestors`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { SECURITY_HEADERS, headerPolicy, metaPolicy } from '../../scripts/deploy-headers.mjs';
import { distDir, htmlFiles } from '../e2e/site';

const pages = htmlFiles().map((file) => ({
  page: path.relative(distDir, file),
  html: readFileSync(file, 'utf8'),
}));

/** The sources of one directive of a policy, e.g. `script-src`. */
function sources(policy: string, directive: string): string[] {
  const found = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === directive);
  return found?.slice(1) ?? [];
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The contents of the inline (no `src`) `<script>` or `<style>` elements of a page. */
function inline(html: string, tag: 'script' | 'style'): string[] {
  const pattern = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g');
  return [...html.matchAll(pattern)]
    .filter(([, attributes = '']) => !/\ssrc=/.test(attributes))
    .map(([, , content = '']) => content);
}

describe('the Content-Security-Policy', () => {
  const policy = metaPolicy(pages[0]?.html ?? '') ?? '';

  test('every page carries the same policy in a meta tag', () => {
    expect(policy).toMatch(/default-src 'self'/);
    const different = pages.filter(({ html }) => metaPolicy(html) !== policy).map(({ page }) => page);
    expect(different, 'pages with another or no policy').toEqual([]);
  });

  test.each([
    ['script', 'script-src'],
    ['style', 'style-src'],
  ] as const)('allows every inline %s by its hash, without unsafe-inline', (tag, directive) => {
    const allowed = sources(policy, directive);
    expect(allowed).not.toContain("'unsafe-inline'");
    const blocked = pages.flatMap(({ page, html }) =>
      inline(html, tag)
        .filter((content) => !allowed.includes(hash(content)))
        .map((content) => `${page}: ${content.slice(0, 60)}…`),
    );
    expect(blocked, `inline ${tag}s the policy would block`).toEqual([]);
  });

  test('no page uses style attributes or inline event handlers, which the policy blocks', () => {
    const offending = pages
      .filter(({ html }) => /<[^>]+\s(style|on[a-z]+)=/i.test(html))
      .map(({ page }) => page);
    expect(offending).toEqual([]);
  });

  test('the server snippets send it as a header, with frame-ancestors, and the other headers', () => {
    const header = headerPolicy(policy);
    expect(header).toBe(`${policy.replace(/;\s*/g, '; ').replace(/;\s*$/, '')}; frame-ancestors 'none'`);
    const server = (file: string) => readFileSync(path.join(distDir, '.server', file), 'utf8');
    expect(server('csp.txt').trim()).toBe(header);
    for (const [name, value] of Object.entries({ 'Content-Security-Policy': header, ...SECURITY_HEADERS })) {
      expect(server('nginx-headers.conf'), `nginx: ${name}`).toContain(
        `add_header ${name} "${value}" always;`,
      );
      expect(server('apache-headers.conf'), `Apache: ${name}`).toContain(
        `Header always set ${name} "${value}"`,
      );
    }
  });
});
