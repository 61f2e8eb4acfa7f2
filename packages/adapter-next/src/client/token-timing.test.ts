import { describe, expect, it } from 'vitest';
import { refreshDelayMs } from './token-timing.js';

describe('refreshDelayMs', () => {
  it('asks 15 s before expiry for normal tokens', () => {
    expect(refreshDelayMs(1_000_000 + 300_000, 1_000_000, 300_000)).toBe(285_000);
  });
  it('uses a quarter of the lifetime for short tokens, and never a negative delay', () => {
    expect(refreshDelayMs(1_000_000 + 20_000, 1_000_000, 20_000)).toBe(15_000);
    expect(refreshDelayMs(1_000_000, 1_000_500, 20_000)).toBe(0);
  });
});
