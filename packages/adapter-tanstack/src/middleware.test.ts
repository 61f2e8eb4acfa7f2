import { InvalidArgumentError } from '@workos/authkit-session';
import { describe, expect, it } from 'vitest';
import { authkitMiddleware } from './middleware.js';

describe('authkitMiddleware options', () => {
  it('accepts none, or an absolute http(s) redirectUri', () => {
    expect(() => authkitMiddleware()).not.toThrow();
    expect(() =>
      authkitMiddleware({ redirectUri: 'https://preview-1.example.com/callback' }),
    ).not.toThrow();
  });

  it('rejects a relative or non-http redirectUri and unknown options with a typed error', () => {
    expect(() => authkitMiddleware({ redirectUri: '/callback' })).toThrow(InvalidArgumentError);
    expect(() => authkitMiddleware({ redirectUri: 'javascript:alert(1)' })).toThrow(
      /absolute http\(s\) URL/,
    );
    expect(() => authkitMiddleware({ redirectURI: 'https://a.example' } as never)).toThrow(
      /`redirectURI`/,
    );
  });
});
