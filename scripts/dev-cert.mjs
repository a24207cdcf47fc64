// Makes the HTTPS certificate for the dev server (https://localhost:3000) with the system `openssl`:
// a local certificate authority (.cert/ca.crt, ca.key) and a localhost certificate it signs
// (.cert/localhost.crt, localhost.key). No sudo, no downloads, nothing installed: it only writes
// .cert/ (git-ignored) and prints how to trust the CA on this system, which you do once.
//
// Re-running keeps what is still good: the CA for as long as it is valid (so it stays trusted),
// the localhost certificate until 30 days before it expires.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.join(ROOT, '.cert');
const file = (name) => path.join(DIR, name);
const CA_NAME = 'IPS Fidelity local development CA';
const THIRTY_DAYS = String(30 * 24 * 3600);

function openssl(args, options = {}) {
  return execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...options });
}

function succeeds(args) {
  try {
    openssl(args);
    return true;
  } catch {
    return false;
  }
}

try {
  openssl(['version']);
} catch {
  console.error('dev-cert: the `openssl` command is needed (Debian/Ubuntu: apt-get install openssl).');
  process.exit(1);
}

mkdirSync(DIR, { recursive: true });

const caGood =
  existsSync(file('ca.key')) &&
  existsSync(file('ca.crt')) &&
  succeeds(['x509', '-in', file('ca.crt'), '-noout', '-checkend', THIRTY_DAYS]);

let madeCa = false;
if (!caGood) {
  openssl([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-sha256',
    '-days',
    '825',
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.crt'),
    '-subj',
    `/CN=${CA_NAME}/O=IPS Fidelity development`,
    '-addext',
    'basicConstraints=critical,CA:TRUE,pathlen:0',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
    '-addext',
    'subjectKeyIdentifier=hash',
  ]);
  madeCa = true;
}

const serverGood =
  !madeCa &&
  existsSync(file('localhost.key')) &&
  existsSync(file('localhost.crt')) &&
  succeeds(['x509', '-in', file('localhost.crt'), '-noout', '-checkend', THIRTY_DAYS]) &&
  succeeds(['verify', '-CAfile', file('ca.crt'), file('localhost.crt')]);

if (!serverGood) {
  const csr = file('localhost.csr');
  const extensions = file('localhost.ext');
  openssl([
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-sha256',
    '-keyout',
    file('localhost.key'),
    '-out',
    csr,
    '-subj',
    '/CN=localhost',
  ]);
  writeFileSync(
    extensions,
    [
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature,keyEncipherment',
      'extendedKeyUsage=serverAuth',
      'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1',
      'authorityKeyIdentifier=keyid',
      '',
    ].join('\n'),
  );
  // 397 days: the longest validity browsers accept for a TLS server certificate.
  openssl([
    'x509',
    '-req',
    '-in',
    csr,
    '-CA',
    file('ca.crt'),
    '-CAkey',
    file('ca.key'),
    '-CAcreateserial',
    '-out',
    file('localhost.crt'),
    '-days',
    '397',
    '-sha256',
    '-extfile',
    extensions,
  ]);
  rmSync(csr, { force: true });
  rmSync(extensions, { force: true });
  rmSync(file('ca.srl'), { force: true });
}
for (const key of ['ca.key', 'localhost.key']) chmodSync(file(key), 0o600);

const ca = path.relative(process.cwd(), file('ca.crt')) || file('ca.crt');
const expires = openssl(['x509', '-in', file('localhost.crt'), '-noout', '-enddate'])
  .trim()
  .replace('notAfter=', '');
console.log(
  serverGood
    ? `dev-cert: .cert/localhost.crt is good until ${expires}.`
    : `dev-cert: made ${madeCa ? 'a new local CA and ' : ''}.cert/localhost.crt (valid until ${expires}).`,
);

if (madeCa || process.argv.includes('--help-trust')) {
  const trust = {
    win32: [
      `certutil -user -addstore Root "${ca}"`,
      '(current user, no administrator needed; Excel on Windows then trusts https://localhost:3000)',
    ],
    darwin: [`security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db "${ca}"`],
    linux: [
      `sudo cp "${ca}" /usr/local/share/ca-certificates/ips-fidelity-dev-ca.crt && sudo update-ca-certificates`,
      `certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "${CA_NAME}" -i "${ca}"   # Chrome/Edge (libnss3-tools)`,
      'Firefox: Settings > Privacy & Security > Certificates > View Certificates > Authorities > Import.',
    ],
  }[os.platform()] ?? [`Import ${ca} as a trusted root certificate authority.`];
  console.log(
    [
      '',
      `Trust the local CA once, so browsers and Excel accept https://localhost:3000${madeCa ? ' (a new CA: trust it again)' : ''}:`,
      ...trust.map((line) => `  ${line}`),
      `Node tools: NODE_EXTRA_CA_CERTS="${ca}".`,
      'The CA key (.cert/ca.key) stays on this machine; delete .cert/ to start over.',
      '',
    ].join('\n'),
  );
}
