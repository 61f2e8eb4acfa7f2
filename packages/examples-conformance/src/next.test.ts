import { runAdapterConformance } from '@authkit-internal/conformance';
import { startExample } from './start-example.js';

// The shared conformance suite against the production build of examples/next, over real HTTP.
runAdapterConformance('examples/next (production build)', () => startExample('next'));
