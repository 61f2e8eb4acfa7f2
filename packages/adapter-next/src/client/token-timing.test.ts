import { describe, expect, it } from 'vitest';
import { refreshDelayMs } from './token-timing.js';

describe('refreshDelayMs', () => {
  it('refreshes 60 s before expiry for normal tokens', () => {
    expect(refreshDelayMs(1_000_000 + 300_000, 1_000_000, 300_000)).toBe(240_000);
  });
  it('uses a third of the lifetime for short tokens, and never a negative delay', () => {
    expect(refreshDelayMs(1_000_000 + 30_000, 1_000_000, 30_000)).toBe(20_000);
    expect(refreshDelayMs(1_000_000, 1_000_500, 30_000)).toBe(0);
  });
});
