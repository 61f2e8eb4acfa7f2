// What the callback's onSuccess saw (the README's "db.users.upsert / analytics.track"), in memory.
export interface SignInRecord {
  email: string;
  method?: string;
  organizationId?: string;
}

const signIns: SignInRecord[] = [];

export function recordSignIn(record: SignInRecord): void {
  signIns.push(record);
}

export function lastSignIn(): SignInRecord | null {
  return signIns.at(-1) ?? null;
}
