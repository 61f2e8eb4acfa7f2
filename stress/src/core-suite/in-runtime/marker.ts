/** Marker a process runtime prints before each file's JSON report on stdout. */
export const FILE_MARKER = '@@core-file ';

/**
 * Emulator settings and faults a proxy queues and delivers before the next request reaches the
 * emulator (the control server runs them synchronously, in order).
 */
export const QUEUED_EMULATOR_METHODS = [
  'setAccessTokenTtl',
  'setClockOffset',
  'setRefreshGrace',
  'setSessionTtl',
  'setSessionInactivity',
  'setAutoLogin',
  'injectFault',
  'clearFaults',
] as const;
