// Keeps the proxy's `Vary: Cookie` on App Router pages, where Next sets its own `Vary` (for CDNs
// that key on it). See @workos/authkit-next's README, "Caching".
export { register } from '@workos/authkit-next/instrumentation';
