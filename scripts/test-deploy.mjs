// Serves the site with the configurations in deploy/ on Debian's nginx, on loopback, and runs the
// deployment tests (test/deploy/) against it: once for a server of its own (deploy/nginx.conf) and once
// under a sub-path (deploy/nginx-subpath.conf, BASE_PATH=/leitfaden/), each from a fresh build with
// SITE set. The configurations are used as committed; only their paths and port are replaced with a
// temporary folder and a free port on 127.0.0.1. Leaves dist/ as the last build (the sub-path one).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const nginx = process.env.NGINX ?? '/usr/sbin/nginx';
const site = 'https://www.example.de';

const cases = [
  {
    name: 'own server',
    base: '/',
    config: 'deploy/nginx.conf',
    docroot: '/var/www/mo-leitfaden',
    folder: '',
  },
  {
    name: 'sub-path',
    base: '/leitfaden/',
    config: 'deploy/nginx-subpath.conf',
    docroot: '/var/www/html',
    folder: 'leitfaden',
  },
];

if (spawnSync(nginx, ['-v']).status !== 0) {
  console.error(`nginx not found at ${nginx}: apt-get install -y nginx (.ci/run installs it).`);
  process.exit(1);
}

/** A port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once `port` accepts requests, or throws after 10 s. @param {number} port */
async function waitForServer(port) {
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nginx did not answer on port ${port}`);
}

let failed = false;
for (const { name, base, config, docroot, folder } of cases) {
  console.log(`\nDeployment on nginx, ${name} (BASE_PATH=${base}):`);
  const env = { ...process.env, BASE_PATH: base, SITE: site };
  execFileSync('npm', ['run', 'build'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });

  const work = mkdtempSync(path.join(tmpdir(), 'mo-leitfaden-nginx-'));
  const www = path.join(work, 'www');
  mkdirSync(path.join(www, folder), { recursive: true });
  cpSync(path.join(root, 'dist'), path.join(www, folder), { recursive: true });
  // nginx's workers run as an unprivileged user; mkdtemp's folder is private to its owner.
  chmodSync(work, 0o755);
  execFileSync('chmod', ['-R', 'a+rX', www]);

  const port = await freePort();
  let server = readFileSync(path.join(root, config), 'utf8').replaceAll(docroot, www);
  if (base === '/') {
    server = server.replace(/listen 80;/, `listen 127.0.0.1:${port};`).replace(/\s*listen \[::\]:80;/, '');
  } else {
    // The blocks go into the host's server block; here a bare one whose other addresses answer 404.
    server = `server {\n listen 127.0.0.1:${port};\n root ${www};\n location / { return 404; }\n${server}\n}`;
  }
  const temp = (what) => `${what}_temp_path ${path.join(work, what)};`;
  writeFileSync(
    path.join(work, 'nginx.conf'),
    [
      `pid ${path.join(work, 'nginx.pid')};`,
      `error_log ${path.join(work, 'error.log')} warn;`,
      'events {}',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((what) => `  ${temp(what)}`),
      server,
      '}',
      '',
    ].join('\n'),
  );
  const args = ['-p', work, '-c', path.join(work, 'nginx.conf')];
  execFileSync(nginx, [...args, '-t', '-q'], { stdio: 'inherit' });
  const child = spawn(nginx, [...args, '-g', 'daemon off;'], { stdio: 'inherit' });
  try {
    await waitForServer(port);
    const run = spawnSync(path.join(root, 'node_modules/.bin/vitest'), ['run', '--project', 'deploy'], {
      cwd: root,
      env: { ...env, DEPLOY_URL: `http://127.0.0.1:${port}${base}` },
      stdio: 'inherit',
    });
    if (run.status !== 0) failed = true;
  } finally {
    child.kill('SIGQUIT');
    await new Promise((resolve) => child.once('exit', resolve));
    const log = readFileSync(path.join(work, 'error.log'), 'utf8').trim();
    if (log) console.log(`nginx error log:\n${log}`);
    rmSync(work, { recursive: true, force: true });
  }
}
process.exit(failed ? 1 : 0);
