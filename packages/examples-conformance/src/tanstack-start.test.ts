import { runAdapterConformance } from '@authkit-internal/conformance';
import { startExample } from './start-example.js';

// The shared conformance suite against the production build of examples/tanstack-start, over real HTTP.
runAdapterConformance('examples/tanstack-start (production build)', () =>
  startExample('tanstack-start'),
);
