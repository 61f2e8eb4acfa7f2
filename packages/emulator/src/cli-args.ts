import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { EmulatorOptions } from './emulator.js';
import { validateSeed } from './seed-validate.js';

/** The `authkit-emulator --help` text. */
export const USAGE = `Usage: authkit-emulator [options]

A local WorkOS AuthKit server for development and tests. NOT for production.

Options:
  --port <n>                 port to listen on (default 4400; 0 picks a free port)
  --host <addr>              interface to bind (default 127.0.0.1)
  --seed <file.json>         users, organizations, roles and memberships (default: alice + bob)
  --signing-key <file|PEM>   pinned RSA private key, so the JWKS survives restarts
  --access-token-ttl <s>     access-token lifetime in seconds (default 300, minimum 1)
  --issuer <url>             the iss claim (default http://<host>:<port>/user_management/<clientId>)
  --auto-login [user]        skip the sign-in page: sign in the first user, or the given email/id
  --client-id <id>           client id (default client_emulator)
  --api-key <key>            API key (default sk_test_emulator)
  --refresh-grace <s>        refresh-token replay grace window (default 0: strict)
  --session-ttl <s>          maximum session lifetime (default 30 days)
  --session-inactivity <s>   expire sessions not refreshed for this long (default off)
  --allow-redirect-host <h>  extra allowed redirect/return_to host (repeatable)
  --quiet                    do not print a line per request
  -h, --help                 show this help`;

function number(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0)
    throw new Error(`--${name} must be a number, got "${value}"`);
  return parsed;
}

function readKey(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return value.includes('-----BEGIN') ? value : readFileSync(value, 'utf8');
}

/** Parses CLI arguments into {@link EmulatorOptions}; `help` is true for `--help`. */
export function parseCliArgs(argv: string[]): {
  help: boolean;
  quiet: boolean;
  options: EmulatorOptions;
} {
  const args = argv.flatMap((arg, index) =>
    arg === '--auto-login' && (argv[index + 1] ?? '--').startsWith('--') ? [arg, 'true'] : [arg],
  );
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      'signing-key': { type: 'string' },
      'access-token-ttl': { type: 'string' },
      issuer: { type: 'string' },
      'auto-login': { type: 'string' },
      'client-id': { type: 'string' },
      'api-key': { type: 'string' },
      'refresh-grace': { type: 'string' },
      'session-ttl': { type: 'string' },
      'session-inactivity': { type: 'string' },
      'allow-redirect-host': { type: 'string', multiple: true },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const autoLogin = values['auto-login'];
  const options: EmulatorOptions = {
    port: number('port', values.port) ?? 4400,
    host: values.host,
    seed: values.seed ? validateSeed(JSON.parse(readFileSync(values.seed, 'utf8'))) : undefined,
    signingKey: readKey(values['signing-key'] ?? process.env.AUTHKIT_EMULATOR_SIGNING_KEY),
    accessTokenTtlSeconds: number('access-token-ttl', values['access-token-ttl']),
    issuer: values.issuer,
    autoLogin:
      autoLogin === undefined
        ? undefined
        : autoLogin === '' || autoLogin === 'true'
          ? true
          : autoLogin,
    clientId: values['client-id'],
    apiKey: values['api-key'],
    refreshGraceSeconds: number('refresh-grace', values['refresh-grace']),
    sessionTtlSeconds: number('session-ttl', values['session-ttl']),
    sessionInactivitySeconds: number('session-inactivity', values['session-inactivity']),
    allowedRedirectHosts: values['allow-redirect-host']
      ? ['localhost', '127.0.0.1', ...values['allow-redirect-host']]
      : undefined,
  };
  return { help: values.help ?? false, quiet: values.quiet ?? false, options };
}
