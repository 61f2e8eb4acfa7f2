export type { ClientAuth, ClientSignedInAuth, ClientSignedOutAuth } from '../client-auth.js';
export {
  type AuthContextValue,
  AuthKitProvider,
  type AuthKitProviderProps,
  useAuth,
} from './provider.js';
export { type AccessTokenState, useAccessToken } from './use-access-token.js';
