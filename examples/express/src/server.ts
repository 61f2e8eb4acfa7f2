import type { AddressInfo } from 'node:net';
import { ConfigurationError, getConfigurationProvider } from '@workos/authkit-session';
import { createApp } from './app.js';

// Fail at start-up, with every configuration problem listed, rather than on the first request.
try {
  getConfigurationProvider().getConfig();
} catch (error) {
  if (!(error instanceof ConfigurationError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const port = Number(process.env.PORT ?? 3003);
const app = createApp();
const onListening = (error?: Error) => {
  if (error) throw error;
  const { port: actual } = server.address() as AddressInfo;
  console.log(`Express example listening on http://${host ?? 'localhost'}:${actual}`);
};
const host = process.env.HOST;
const server = host ? app.listen(port, host, onListening) : app.listen(port, onListening);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
