import { opaqueToken, prefixedId } from './ids.js';
import type { SeedInvitation } from './seed-types.js';

/** An invitation to an organization (times in epoch ms). */
export interface InvitationRecord {
  id: string;
  token: string;
  email: string;
  organizationId: string;
  role: string;
  state: 'pending' | 'accepted';
  acceptedUserId: string | null;
  acceptedAt: number | null;
  expiresAt: number;
  createdAt: number;
  updatedAt: number;
}

const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

/** Seeded invitations, accepted by signing in with their token. */
export class Invitations {
  readonly records = new Map<string, InvitationRecord>();

  constructor(seeded: SeedInvitation[], now: number) {
    for (const invitation of seeded) {
      const record: InvitationRecord = {
        id: invitation.id ?? prefixedId('invitation', now),
        token: invitation.token ?? opaqueToken('inv'),
        email: invitation.email,
        organizationId: invitation.organizationId,
        role: invitation.role ?? 'member',
        state: 'pending',
        acceptedUserId: null,
        acceptedAt: null,
        expiresAt: now + INVITATION_TTL_MS,
        createdAt: now,
        updatedAt: now,
      };
      this.records.set(record.id, record);
    }
  }

  /** The invitation with this token, pending or not. */
  byToken(token: string): InvitationRecord | undefined {
    return [...this.records.values()].find((r) => r.token === token);
  }

  /** A pending, unexpired invitation with this token, or why not. */
  usable(token: string, now: number): InvitationRecord | 'invalid' {
    const record = this.byToken(token);
    return record && record.state === 'pending' && record.expiresAt > now ? record : 'invalid';
  }
}

/** The WorkOS invitation object. */
export function invitationJson(invitation: InvitationRecord, baseUrl: string) {
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  return {
    object: 'invitation',
    id: invitation.id,
    email: invitation.email,
    state: invitation.state,
    accepted_at: iso(invitation.acceptedAt),
    revoked_at: null,
    expires_at: iso(invitation.expiresAt),
    organization_id: invitation.organizationId,
    inviter_user_id: null,
    accepted_user_id: invitation.acceptedUserId,
    role_slug: invitation.role,
    token: invitation.token,
    accept_invitation_url: `${baseUrl}/user_management/authorize?invitation_token=${encodeURIComponent(invitation.token)}`,
    created_at: iso(invitation.createdAt),
    updated_at: iso(invitation.updatedAt),
  };
}
