// Writes the server snippets for the build in dist/ (the last step of `npm run build`): the headers of
// scripts/deploy-headers.mjs with the Content-Security-Policy taken from the built pages, so the header
// always matches the hashes Astro put into this build's meta tags. deploy/nginx.conf and
// deploy/apache.conf include them; they are in dist/.server/, which the configurations never serve.
//
//   dist/.server/csp.txt             the header policy, one line (for IIS and other servers)
//   dist/.server/nginx-headers.conf  add_header lines, included in every location of deploy/nginx.conf
//   dist/.server/apache-headers.conf Header lines, included by deploy/apache.conf
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECURITY_HEADERS, headerPolicy, metaPolicy } from './deploy-headers.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const out = path.join(dist, '.server');

/** @param {string} dir @returns {string[]} */
const htmlFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });

/** Page policies, each with the pages that carry it. */
const policies = new Map();
for (const file of htmlFiles(dist)) {
  const policy = metaPolicy(readFileSync(file, 'utf8'));
  const page = path.relative(dist, file);
  if (policy === undefined) throw new Error(`dist/${page} has no Content-Security-Policy meta tag.`);
  policies.set(policy, [...(policies.get(policy) ?? []), page]);
}
if (policies.size !== 1) {
  // Astro hashes the inline scripts of the whole build into every page; one policy per page would need
  // a header per page. Stop rather than send a header that blocks some page's scripts.
  const list = [...policies.values()].map((pages) => `  ${pages.slice(0, 3).join(', ')}…`).join('\n');
  throw new Error(`The pages of dist/ carry ${policies.size} different CSPs; one is expected:\n${list}`);
}
const [policy] = policies.keys();
const csp = headerPolicy(policy);
const headers = { 'Content-Security-Policy': csp, ...SECURITY_HEADERS };

const notice = '# Written by scripts/server-config.mjs for this build; do not edit.';
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'csp.txt'), `${csp}\n`);
writeFileSync(
  path.join(out, 'nginx-headers.conf'),
  [
    notice,
    ...Object.entries(headers).map(([name, value]) => `add_header ${name} "${value}" always;`),
    '',
  ].join('\n'),
);
writeFileSync(
  path.join(out, 'apache-headers.conf'),
  [
    notice,
    ...Object.entries(headers).map(([name, value]) => `Header always set ${name} "${value}"`),
    '',
  ].join('\n'),
);
console.log(`Server headers: dist/.server/ (one CSP for ${policies.get(policy).length} pages).`);
