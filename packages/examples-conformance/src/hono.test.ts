import { runAdapterConformance } from '@authkit-internal/conformance';
import { startExample } from './start-example.js';

// The shared conformance suite against the production build of examples/hono, over real HTTP.
runAdapterConformance('examples/hono (production build)', () => startExample('hono'));
