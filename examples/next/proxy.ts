import { authkitProxy } from '@workos/authkit-next';

// Every matched route needs a signed-in user except these public ones.
export default authkitProxy({
  middlewareAuth: {
    enabled: true,
    unauthenticatedPaths: ['/', '/login', '/signup', '/callback', '/logout'],
  },
  signUpPaths: ['/signup'],
  debug: process.env.AUTHKIT_DEBUG === '1',
});

export const config = {
  // The stylesheet is public: the callback's error page uses it signed out.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|authkit.css).*)'],
};
