'use client';

import { AuthKitCoreProvider, type AuthKitProviderProps } from '@workos/authkit-session-react';
import type { ReactElement } from 'react';
import { nextTransport } from './transport.js';

/** The client half of {@link AuthKitProvider}: the shared provider on server actions. */
export function NextAuthKitProvider(props: AuthKitProviderProps): ReactElement {
  return <AuthKitCoreProvider {...props} transport={nextTransport} />;
}
