import { type PortableRequest, runSuites } from '../run-suites.js';

(globalThis as { __stressRunSuites?: unknown }).__stressRunSuites = (request: PortableRequest) =>
  runSuites(request);
