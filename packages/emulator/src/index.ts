export type { CreateApiKeyOptions } from './api-keys.js';
export type { Impersonator, SessionRecord } from './auth-store.js';
export type { CallFilter, RecordedCall } from './call-log.js';
export { Controls, type CreateCodeOptions, type ImpersonateOptions } from './controls.js';
export type { CreatedApiKey, OutboxFilter } from './credential-controls.js';
export {
  Emulator,
  type EmulatorEnv,
  type EmulatorOptions,
  startEmulator,
} from './emulator.js';
export type { FaultSpec } from './faults.js';
export { createSigningKey, type SigningKey } from './keys.js';
export type { OneTimeCodeKind, SentEmail } from './one-time-codes.js';
export { defaultCredentials, defaultIds, defaultSeed } from './seed.js';
export type {
  Seed,
  SeedApiKey,
  SeedInvitation,
  SeedM2MApplication,
  SeedMembership,
  SeedOrganization,
  SeedRole,
  SeedUser,
} from './seed-types.js';
export { SeedError, validateSeed } from './seed-validate.js';
export type { AuthenticateResponseJson } from './session-tokens.js';
export { totpCode } from './totp.js';
