import type { AddressInfo } from 'node:net';
import { getConfigurationProvider } from '@workos/authkit-session';
import { createApp } from './app.js';

// Fail at start-up, with every configuration problem listed, rather than on the first request.
getConfigurationProvider().getConfig();

const port = Number(process.env.PORT ?? 3003);
const app = createApp();
const onListening = (error?: Error) => {
  if (error) throw error;
  const { port: actual } = server.address() as AddressInfo;
  console.log(`Express example listening on http://localhost:${actual}`);
};
const host = process.env.HOST;
const server = host ? app.listen(port, host, onListening) : app.listen(port, onListening);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
