/**
 * Child process that runs the WorkOS emulator, so its token signing never shares a thread with
 * the code being measured. The parent drives it over IPC (see emulator-client.ts).
 */
import { startEmulator } from '@workos/authkit-emulator';

type Request = { id: number; method: string; args: unknown[] };

const emulator = await startEmulator({ port: 0, accessTokenTtlSeconds: 3600 });

const methods: Record<string, (...args: never[]) => unknown> = {
  async signInMany(count: number, user: string, organizationId?: string) {
    const out = [];
    for (let i = 0; i < count; i++) {
      out.push(await emulator.signIn({ user, ...(organizationId ? { organizationId } : {}) }));
    }
    return out;
  },
  setClockOffset: (seconds: number) => emulator.setClockOffset(seconds),
  refreshCalls: () => emulator.calls({ grantType: 'refresh_token' }).length,
  clearCalls: () => emulator.clearCalls(),
};

process.on('message', async (message: Request) => {
  try {
    const method = methods[message.method];
    if (!method) throw new Error(`unknown method ${message.method}`);
    const result = await (method as (...args: unknown[]) => unknown)(...message.args);
    process.send?.({ id: message.id, result });
  } catch (error) {
    process.send?.({ id: message.id, error: String(error) });
  }
});

process.on('disconnect', () => {
  void emulator.stop().then(() => process.exit(0));
});

process.send?.({
  ready: {
    url: emulator.url,
    clientId: emulator.clientId,
    apiKey: emulator.apiKey,
    env: emulator.env,
  },
});
