declare module 'autocannon' {
  interface Histogram {
    p50: number;
    p99: number;
    average: number;
    total: number;
  }
  interface Result {
    requests: Histogram;
    latency: Histogram;
    non2xx: number;
    errors: number;
    timeouts: number;
    duration: number;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    headers?: Record<string, string>;
  }
  export default function autocannon(options: Options): Promise<Result>;
}

declare module 'example-hono/dist/app.js' {
  import type { Hono } from 'hono';
  /** The Hono example app (examples/hono/src/app.tsx). */
  export function createApp(): Hono;
}

declare module 'example-express/dist/app.js' {
  import type { Express } from 'express';
  /** The Express example app (examples/express/src/app.ts). */
  export function createApp(): Express;
}
