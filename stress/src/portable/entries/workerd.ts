import { type PortableRequest, runSuites } from '../run-suites.js';

/** A Worker whose POST body names the suites to run; it answers with the report as JSON. */
export default {
  async fetch(request: Request): Promise<Response> {
    const body = (await request.json()) as PortableRequest;
    return Response.json(await runSuites(body));
  },
};
