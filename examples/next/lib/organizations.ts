import { getWorkOS } from '@workos/authkit-next';
import { cache } from 'react';
import { listMemberships } from '../shared/memberships';

/**
 * The user's active organization memberships (once per request, however many components ask). A
 * WorkOS outage yields `null`: the pages still render, without names or the switcher.
 */
export const membershipsOf = cache((userId: string) => listMemberships(getWorkOS(), userId));
