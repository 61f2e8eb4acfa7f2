import { runAdapterConformance } from '@authkit-internal/conformance';
import { startExample } from './start-example.js';

// The shared conformance suite against the production build of examples/express, over real HTTP.
runAdapterConformance('examples/express (production build)', () => startExample('express'));
