// proxy.ts (Next.js 16+), as the original README sets it up; only the import path differs.
import { authkitProxy } from '@workos/authkit-next';

export default authkitProxy({
  middlewareAuth: {
    enabled: true,
    unauthenticatedPaths: [
      '/',
      '/login',
      '/password-sign-in',
      '/auth/password',
      '/api/:path*',
      '/docs(.*)',
    ],
  },
  signUpPaths: ['/join(.*)'],
});

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
