import type { Seed } from './seed-types.js';

/** Thrown when seed data is malformed or inconsistent; the message lists every problem. */
export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid emulator seed:\n- ${problems.join('\n- ')}`);
    this.name = 'SeedError';
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

function listOf(seed: Record<string, unknown>, key: string, problems: string[]): unknown[] {
  const value = seed[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(`"${key}" must be an array`);
    return [];
  }
  return value;
}

function checkIds(items: unknown[], kind: string, problems: string[]): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, index) => {
    if (!isObject(item) || typeof item.id !== 'string' || item.id === '') {
      problems.push(`${kind}[${index}] needs a string "id"`);
      return;
    }
    if (ids.has(item.id)) problems.push(`${kind}[${index}]: duplicate id "${item.id}"`);
    ids.add(item.id);
  });
  return ids;
}

/** Checks untrusted seed data (e.g. parsed from `--seed file.json`) and returns it typed. */
export function validateSeed(input: unknown): Seed {
  if (!isObject(input)) throw new SeedError(['the seed must be a JSON object']);
  const problems: string[] = [];
  const users = listOf(input, 'users', problems);
  const organizations = listOf(input, 'organizations', problems);
  const roles = listOf(input, 'roles', problems);
  const memberships = listOf(input, 'memberships', problems);
  const userIds = checkIds(users, 'users', problems);
  const orgIds = checkIds(organizations, 'organizations', problems);
  const emails = new Set<string>();
  users.forEach((user, index) => {
    if (!isObject(user)) return;
    if (typeof user.email !== 'string' || !user.email.includes('@')) {
      problems.push(`users[${index}] needs an "email"`);
    } else if (emails.has(user.email.toLowerCase())) {
      problems.push(`users[${index}]: duplicate email "${user.email}"`);
    } else emails.add(user.email.toLowerCase());
    if (user.password !== undefined && typeof user.password !== 'string') {
      problems.push(`users[${index}]: "password" must be a string`);
    }
    if (
      user.totpSecret !== undefined &&
      (typeof user.totpSecret !== 'string' || !/^[A-Z2-7]+=*$/i.test(user.totpSecret))
    ) {
      problems.push(`users[${index}]: "totpSecret" must be a base32 string`);
    }
  });
  organizations.forEach((org, index) => {
    if (isObject(org) && typeof org.name !== 'string') {
      problems.push(`organizations[${index}] needs a "name"`);
    }
    const ssoIds = isObject(org) ? org.ssoConnectionIds : undefined;
    if (ssoIds !== undefined && !isStringList(ssoIds)) {
      problems.push(`organizations[${index}]: "ssoConnectionIds" must be an array of strings`);
    }
  });
  roles.forEach((role, index) => {
    if (!isObject(role) || typeof role.slug !== 'string')
      problems.push(`roles[${index}] needs a "slug"`);
  });
  memberships.forEach((membership, index) => {
    if (!isObject(membership)) {
      problems.push(`memberships[${index}] must be an object`);
      return;
    }
    if (!userIds.has(membership.userId as string)) {
      problems.push(`memberships[${index}]: unknown userId "${String(membership.userId)}"`);
    }
    if (!orgIds.has(membership.organizationId as string)) {
      problems.push(
        `memberships[${index}]: unknown organizationId "${String(membership.organizationId)}"`,
      );
    }
    if (typeof membership.role !== 'string') problems.push(`memberships[${index}] needs a "role"`);
  });
  listOf(input, 'apiKeys', problems).forEach((key, index) => {
    if (!isObject(key) || typeof key.value !== 'string' || key.value === '') {
      problems.push(`apiKeys[${index}] needs a string "value"`);
    } else if (!orgIds.has(key.organizationId as string)) {
      problems.push(`apiKeys[${index}]: unknown organizationId "${String(key.organizationId)}"`);
    }
  });
  listOf(input, 'invitations', problems).forEach((invitation, index) => {
    if (!isObject(invitation) || typeof invitation.email !== 'string') {
      problems.push(`invitations[${index}] needs an "email"`);
    } else if (!orgIds.has(invitation.organizationId as string)) {
      problems.push(
        `invitations[${index}]: unknown organizationId "${String(invitation.organizationId)}"`,
      );
    }
  });
  listOf(input, 'm2mApplications', problems).forEach((app, index) => {
    if (
      !isObject(app) ||
      typeof app.clientId !== 'string' ||
      typeof app.clientSecret !== 'string'
    ) {
      problems.push(`m2mApplications[${index}] needs a string "clientId" and "clientSecret"`);
    }
  });
  if (problems.length > 0) throw new SeedError(problems);
  return input as unknown as Seed;
}
