import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { describe, expect, it } from 'vitest';
import { sessionEncryption } from '../crypto/session-encryption.js';
import { TokenValidationError } from '../errors.js';
import { emulatorConfig, noRetryClient } from '../test-support/emulator-service.js';
import { FetchStorage } from '../test-support/fetch-storage.js';
import { signIn } from '../test-support/sign-in.js';
import { createAuthService } from './auth-service.js';

const emulator = useTestEmulator();

describe('0.7.x call shapes of createAuthService and AuthKitCore', () => {
  it('createAuthService({ encryptionFactory }) seals with the encryption it builds', async () => {
    let sealed = 0;
    const service = createAuthService<Request, Response>({
      sessionStorageFactory: (config) => new FetchStorage(config),
      clientFactory: noRetryClient,
      config: emulatorConfig(emulator),
      encryptionFactory: (config) => {
        expect(config.clientId).toBe(emulator.clientId);
        return {
          sealData: (data, options) => {
            sealed++;
            return sessionEncryption.sealData(data, options);
          },
          unsealData: (data, options) => sessionEncryption.unsealData(data, options),
        };
      },
    });
    const { result } = await signIn(service);
    expect(result.auth.user.email).toBe('alice@example.com');
    expect(sealed).toBeGreaterThanOrEqual(2); // the verifier cookie and the session
  });

  it('AuthKitCore.parseTokenClaims decodes the access token; TokenValidationError otherwise', async () => {
    const service = createAuthService<Request, Response>({
      sessionStorageFactory: (config) => new FetchStorage(config),
      clientFactory: noRetryClient,
      config: emulatorConfig(emulator),
    });
    const { result } = await signIn(service);
    const { core } = service.getRuntime();
    const claims = core.parseTokenClaims<{ sid: string }>(result.auth.accessToken);
    expect(claims.sid).toBe(result.auth.sessionId);
    expect(claims.sub).toBe(result.auth.user.id);
    expect(() => core.parseTokenClaims('not-a-jwt')).toThrow(TokenValidationError);
  });
});
