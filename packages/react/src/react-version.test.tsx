import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('the test project', () => {
  it('runs against the React major it is named after (react18 / react19)', () => {
    const major = process.env.EXPECTED_REACT_MAJOR;
    expect(major).toMatch(/^1[89]$/);
    expect(version.split('.')[0]).toBe(major);
    expect(domVersion.split('.')[0]).toBe(major);
    // The server renderer uses the same React (a mismatch throws while rendering hooks).
    expect(renderToString(<p>ok</p>)).toBe('<p>ok</p>');
  });
});
