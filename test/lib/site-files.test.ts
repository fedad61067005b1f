import { describe, expect, test } from 'vitest';
import { pageUrls, robotsTxt, sitemapXml } from '../../src/lib/site-files';

describe('pageUrls', () => {
  test.each([
    [
      '/',
      ['', 'leitfaden/befragung/'],
      ['https://www.example.de/', 'https://www.example.de/leitfaden/befragung/'],
    ],
    [
      '/leitfaden/',
      ['/', '/quelle/'],
      ['https://www.example.de/leitfaden/', 'https://www.example.de/leitfaden/quelle/'],
    ],
    ['/leitfaden', ['quelle/'], ['https://www.example.de/leitfaden/quelle/']],
  ])('puts pages under the base path %s of the public origin', (base, pathnames, urls) => {
    expect(pageUrls(pathnames, 'https://www.example.de', base)).toEqual(urls);
  });

  test('lists each page once, sorted', () => {
    expect(pageUrls(['b/', 'a/', 'b/'], 'https://x.de', '/')).toEqual(['https://x.de/a/', 'https://x.de/b/']);
  });
});

describe('sitemapXml', () => {
  test('writes one url entry per page, XML-escaped', () => {
    expect(sitemapXml(['https://x.de/', 'https://x.de/?a=1&b=2'])).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '  <url><loc>https://x.de/</loc></url>',
        '  <url><loc>https://x.de/?a=1&amp;b=2</loc></url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });
});

describe('robotsTxt', () => {
  test('allows every crawler and names the sitemap', () => {
    expect(robotsTxt('https://x.de/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://x.de/sitemap.xml\n',
    );
  });
});
