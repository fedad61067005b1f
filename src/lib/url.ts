/** Prefixes a site path with the configured base, so the site works under a sub-path like `/leitfaden/`. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\//, '');
}
