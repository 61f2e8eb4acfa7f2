'use client';

import { useEffect, useRef } from 'react';
import type { AuthSession } from './auth-session.js';
import type { AuthKitTransport } from './transport.js';

/**
 * Asks the server whether the session still exists whenever the tab gains focus or becomes
 * visible (one check at a time, only while signed in). When it is gone, the provider reads as
 * signed out and `onSessionExpired` runs (default: reload, so the server can send the user to
 * sign-in). A failed check (offline) changes nothing.
 */
export function useSessionExpiry(
  session: AuthSession,
  transport: () => AuthKitTransport,
  onSessionExpired: false | (() => void) | undefined,
): void {
  const handler = useRef(onSessionExpired);
  handler.current = onSessionExpired;
  const enabled = onSessionExpired !== false;
  useEffect(() => {
    if (!enabled) return;
    let checking = false;
    const check = async () => {
      if (checking || document.visibilityState !== 'visible') return;
      if (!session.getSnapshot().auth.user) return;
      checking = true;
      try {
        if (await transport().checkSession()) return;
        session.expire();
        const expired = handler.current;
        if (typeof expired === 'function') expired();
        else window.location.reload();
      } catch {
        // Offline or a failed request: not a verdict on the session.
      } finally {
        checking = false;
      }
    };
    const listener = () => void check();
    window.addEventListener('focus', listener);
    document.addEventListener('visibilitychange', listener);
    return () => {
      window.removeEventListener('focus', listener);
      document.removeEventListener('visibilitychange', listener);
    };
  }, [enabled, session, transport]);
}
