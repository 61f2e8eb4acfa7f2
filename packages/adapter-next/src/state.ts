/**
 * The sign-in state names `@workos-inc/authkit-nextjs` 4.3 exports from its `.` entry, for code
 * migrating with an import rename. They describe that package's sealed OAuth state; this adapter
 * seals its own (the core's pending sign-in) and uses none of them itself.
 */
import * as v from 'valibot';

/**
 * A valibot object schema of the original's unsealed OAuth state: `nonce` and `codeVerifier`
 * (strings), optional `customState` and `returnPathname`. Use it with valibot as there:
 * `v.parse(StateSchema, value)` / `v.safeParse(StateSchema, value)` (unknown keys are dropped).
 */
export const StateSchema = v.object({
  nonce: v.string(),
  customState: v.optional(v.string()),
  returnPathname: v.optional(v.string()),
  codeVerifier: v.string(),
});

/** What `StateSchema` parses to. */
export type State = v.InferOutput<typeof StateSchema>;

/** An authorization URL and the sealed state sent along with it (the original's shape). */
export interface GetAuthURLResult {
  url: string;
  sealedState: string;
}
