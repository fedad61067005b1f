// Checks every page of dist/ with the W3C Nu HTML Checker (vnu, from the vnu-jar package; needs Java 17+,
// Debian's default-jre-headless). Fails on every error, warning and info message except the exceptions
// below, each with its reason. Run after the build; `npm run test:site` runs it beside html-validate.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vnuJar from 'vnu-jar';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/**
 * Messages that are not faults of the site. `file` limits an exception to one page (relative to dist/).
 * @type {{ message: RegExp, file?: string, why: string }[]}
 */
const exceptions = [
  {
    message: /^Resource violates Content Security Policy \(meta tag\): external (script|stylesheet) “\//,
    why:
      "vnu checks the files from disk, as file: URLs, where the policy's 'self' matches nothing; served over " +
      'HTTP the same files pass (the Chromium tests fail on any CSP violation).',
  },
  {
    message: /^Trailing slash on void elements has no effect/,
    why: "Preact's server rendering writes `<input … />`; every attribute value is quoted, so it is harmless.",
  },
];

const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
if (java.error || java.status !== 0) {
  console.error(
    'The Nu HTML Checker needs Java 17 or newer: apt-get install default-jre-headless (.ci/run installs it).',
  );
  process.exit(1);
}

const run = spawnSync('java', ['-jar', vnuJar, '--skip-non-html', '--format', 'json', dist], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
const output = run.stderr.trim() || run.stdout.trim();
/** @type {{ messages: { type: string, subType?: string, url?: string, message: string, lastLine?: number, firstColumn?: number, extract?: string }[] }} */
let report;
try {
  report = JSON.parse(output);
} catch {
  console.error(`vnu did not report as expected (exit ${run.status}):\n${output.slice(0, 2000)}`);
  process.exit(1);
}

const used = new Set();
const problems = report.messages.filter((message) => {
  const file = message.url ? path.relative(dist, fileURLToPath(message.url)).split(path.sep).join('/') : '';
  const exception = exceptions.find(
    (entry) => entry.message.test(message.message) && (entry.file === undefined || entry.file === file),
  );
  if (exception) used.add(exception);
  return !exception;
});

for (const exception of exceptions) {
  if (!used.has(exception)) console.warn(`vnu: exception no longer needed, remove it: ${exception.message}`);
}
for (const message of problems) {
  const file = message.url ? path.relative(dist, fileURLToPath(message.url)) : '(dist)';
  const kind = [message.type, message.subType].filter(Boolean).join(' ');
  console.error(
    `dist/${file}:${message.lastLine ?? '?'}:${message.firstColumn ?? '?'}: ${kind}: ${message.message}`,
  );
  if (message.extract) console.error(`    ${message.extract.replace(/\n/g, ' ')}`);
}
if (problems.length > 0) {
  console.error(`Nu HTML Checker: ${problems.length} problem(s).`);
  process.exit(1);
}
const excused = report.messages.length - problems.length;
console.log(
  `Nu HTML Checker: no problems in dist/ (${excused} messages under ${used.size} documented exceptions).`,
);
