#!/usr/bin/env node
import type { RecordedCall } from './call-log.js';
import { parseCliArgs, USAGE } from './cli-args.js';
import { startEmulator } from './emulator.js';

async function main(): Promise<void> {
  let parsed: ReturnType<typeof parseCliArgs>;
  try {
    parsed = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`authkit-emulator: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (parsed.help) {
    console.log(USAGE);
    return;
  }
  const onCall = (call: RecordedCall) => {
    const grant = call.grantType ? ` (${call.grantType})` : '';
    const fault = call.faulted ? ' [injected fault]' : '';
    console.log(
      `${call.at.slice(11, 19)} ${call.method} ${call.path}${grant} → ${call.status || 'reset'}${fault}`,
    );
  };
  const emulator = await startEmulator({
    ...parsed.options,
    onCall: parsed.quiet ? undefined : onCall,
  });
  const env = Object.entries(emulator.env)
    .map(([key, value]) => `  ${key}=${value}`)
    .join('\n');
  console.log(`
==============================================================================
  AuthKit emulator: FOR LOCAL DEVELOPMENT AND TESTS ONLY. This is not WorkOS;
  it signs in anyone who clicks a button. Never expose it or use it in production.
==============================================================================
  url: ${emulator.url}
  sign-in page: ${emulator.url}/user_management/authorize (reached through your app)
  jwks: ${emulator.jwksUrl}
  controls: ${emulator.url}/__emulator
  users: ${emulator
    .users()
    .map((user) => user.email)
    .join(', ')}

Point your app at it:
${env}
`);
  const shutdown = () => {
    void emulator.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(`authkit-emulator: ${(error as Error).message}`);
  process.exit(1);
});
