// The HTTP headers a server sends with the site, in one place: used by the build step that writes the
// server snippets (scripts/server-config.mjs) and by the tests that check them (test/site/csp.test.ts,
// test/deploy/nginx.spec.ts). The Content-Security-Policy is the one Astro puts into every page's meta
// tag (with the hashes of its inline scripts), plus what a meta tag cannot carry.

/** Directives only a header can carry: no other site may frame these pages (clickjacking). */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** Headers sent with every response besides the CSP. */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  // The pages say the same in a meta tag; links to other sites carry no address of this one.
  'Referrer-Policy': 'no-referrer',
  // The site uses none of these; no script on it, or framed in it, may ask for them.
  'Permissions-Policy':
    'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Caching: Astro's files carry a content hash and never change; everything else is revalidated. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';

/**
 * The policy of the CSP meta tag of one page, or `undefined` if it has none.
 * @param {string} html
 * @returns {string | undefined}
 */
export function metaPolicy(html) {
  const tag = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return tag?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/**
 * The header policy for a page policy: its directives, then those only a header can carry.
 * @param {string} policy
 */
export function headerPolicy(policy) {
  const directives = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean);
  return [...directives, ...HEADER_ONLY_DIRECTIVES].join('; ');
}
