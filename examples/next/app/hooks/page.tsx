import { ClientHooks } from './client-hooks';

/** The client hooks of `@workos/authkit-next/client` on one page (the proxy protects it). */
export default function HooksPage() {
  return <ClientHooks />;
}
