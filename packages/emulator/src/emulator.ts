import type { KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RecordedCall } from './call-log.js';
import { Controls } from './controls.js';
import { createSigningKey, KeyRing } from './keys.js';
import { Delays, handleRequest } from './router.js';
import { defaultSeed } from './seed.js';
import type { Seed } from './seed-types.js';
import { EmulatorState } from './state.js';

/** Options for {@link startEmulator}; every field is optional. */
export interface EmulatorOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to bind; default `127.0.0.1`. */
  host?: string;
  /** Default `client_emulator`. */
  clientId?: string;
  /** The API key (`Bearer` key and `client_secret`); default `sk_test_emulator`. */
  apiKey?: string;
  /** Users, organizations, roles and memberships; default {@link defaultSeed}. */
  seed?: Seed;
  /** Access-token lifetime; default 300 s, minimum 1 s. */
  accessTokenTtlSeconds?: number;
  /** Refresh-token replay grace window; default 0 (strict single use). */
  refreshGraceSeconds?: number;
  /** Maximum session lifetime; default 30 days. */
  sessionTtlSeconds?: number;
  /** Sessions not refreshed for this long expire; default 0 (no inactivity limit). */
  sessionInactivitySeconds?: number;
  /** Authorization-code lifetime; default 600 s. */
  codeTtlSeconds?: number;
  /** Clock offset in seconds applied to every minted time; default 0. */
  clockOffsetSeconds?: number;
  /** Skip the hosted page: `true` signs in the first seeded user, a string names one (id or email). */
  autoLogin?: boolean | string;
  /** Hosts allowed in `redirect_uri` and `return_to` (`*.example.com` wildcards); default localhost + 127.0.0.1. */
  allowedRedirectHosts?: string[];
  /** The `iss` claim; default `${url}/user_management/${clientId}`. */
  issuer?: string;
  /** Pinned RSA private key (PEM or KeyObject) so the JWKS survives restarts; default a fresh key. */
  signingKey?: string | KeyObject;
  /** How long a rotated-out key stays in the JWKS; default 3600 s. */
  retiredKeySeconds?: number;
  /** Called for every recorded call (the CLI uses it to print a request log). */
  onCall?: (call: RecordedCall) => void;
}

/** The `WORKOS_*` variables that point an app (core config + SDK) at the emulator. */
export interface EmulatorEnv {
  WORKOS_CLIENT_ID: string;
  WORKOS_API_KEY: string;
  WORKOS_API_HOSTNAME: string;
  WORKOS_API_PORT: string;
  WORKOS_API_HTTPS: 'false';
  WORKOS_ISSUER: string;
}

/** A running emulator: connection details plus the test controls. */
export class Emulator extends Controls {
  /** `http://127.0.0.1:PORT`. */
  readonly url: string;
  /** Environment variables for an app or the core config. */
  readonly env: EmulatorEnv;

  constructor(
    state: EmulatorState,
    readonly host: string,
    readonly port: number,
    private readonly shutdown: () => Promise<void>,
  ) {
    super(state);
    this.url = `http://${host}:${port}`;
    this.env = {
      WORKOS_CLIENT_ID: state.clientId,
      WORKOS_API_KEY: state.apiKey,
      WORKOS_API_HOSTNAME: host,
      WORKOS_API_PORT: String(port),
      WORKOS_API_HTTPS: 'false',
      WORKOS_ISSUER: state.issuer,
    };
  }

  /** The client id apps must use. */
  get clientId(): string {
    return this.state.clientId;
  }

  /** The API key (Bearer key and `client_secret`). */
  get apiKey(): string {
    return this.state.apiKey;
  }

  /** The `iss` claim minted into access tokens. */
  get issuer(): string {
    return this.state.issuer;
  }

  /** `${url}/sso/jwks/${clientId}`. */
  get jwksUrl(): string {
    return `${this.url}/sso/jwks/${this.state.clientId}`;
  }

  /** The `kid` of the key currently signing tokens. */
  get kid(): string {
    return this.state.keys.active.kid;
  }

  /** Stops listening and drops open connections (including ones waiting on an injected delay). */
  stop(): Promise<void> {
    return this.shutdown();
  }
}

/** Starts an emulator on 127.0.0.1 (port 0 by default) and resolves once it is listening. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const host = options.host ?? '127.0.0.1';
  const clientId = options.clientId ?? 'client_emulator';
  const keys = new KeyRing(createSigningKey(options.signingKey), options.retiredKeySeconds);
  const state = new EmulatorState(
    options.seed ?? defaultSeed,
    {
      accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 300,
      clockOffsetSeconds: options.clockOffsetSeconds ?? 0,
      refreshGraceSeconds: options.refreshGraceSeconds ?? 0,
      sessionTtlSeconds: options.sessionTtlSeconds ?? 30 * 24 * 3600,
      sessionInactivitySeconds: options.sessionInactivitySeconds ?? 0,
      codeTtlSeconds: options.codeTtlSeconds ?? 600,
      autoLogin: options.autoLogin ?? false,
      allowedRedirectHosts: options.allowedRedirectHosts ?? ['localhost', '127.0.0.1'],
    },
    keys,
    clientId,
    options.apiKey ?? 'sk_test_emulator',
    options.issuer ?? '',
    options.onCall,
  );
  const controls = new Controls(state);
  controls.setAccessTokenTtl(state.settings.accessTokenTtlSeconds);
  const delays = new Delays();
  const server = createServer({ maxHeaderSize: 64 * 1024 }, (req, res) => {
    void handleRequest(req, res, state, delays);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  if (!options.issuer) state.issuer = `http://${urlHost}:${port}/user_management/${clientId}`;
  let stopped: Promise<void> | undefined;
  const shutdown = () => {
    stopped ??= new Promise<void>((resolve) => {
      delays.cancelAll();
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return stopped;
  };
  return new Emulator(state, urlHost, port, shutdown);
}
