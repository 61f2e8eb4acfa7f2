import { appendResponseHeader, setResponseHeader } from '@tanstack/react-start/server';
import type { HeaderBag } from '@workos/authkit-session';

/**
 * Sends a header bag from the core to the response TanStack Start is building for the current
 * request (page, server route, server function or redirect alike). Each `Set-Cookie` entry is
 * appended as its own header; a later write of the same cookie replaces an earlier one.
 */
export function applyHeaderBag(headers: HeaderBag | undefined): void {
  if (!headers) return;
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === 'set-cookie') {
      for (const line of Array.isArray(value) ? value : [value])
        appendResponseHeader('set-cookie', line);
    } else {
      setResponseHeader(name, Array.isArray(value) ? value.join(', ') : value);
    }
  }
}
