// Mattermost user profiles, reduced to what the tracker shows and what the fold needs (system admin).
import {z} from 'zod/mini';

import type {UserSummary} from './port';

export const UserProfileSchema = z.object({
    id: z.string().check(z.minLength(1)),
    username: z.string(),
    first_name: z.optional(z.string()),
    last_name: z.optional(z.string()),
    nickname: z.optional(z.string()),
    roles: z.optional(z.string()),
    delete_at: z.optional(z.number()),
});
export type UserProfile = z.infer<typeof UserProfileSchema>;

export function toUserSummary(profile: UserProfile): UserSummary {
    const fullName = [profile.first_name ?? '', profile.last_name ?? ''].join(' ').trim();
    return {
        id: profile.id,
        username: profile.username,
        displayName: fullName || profile.nickname || profile.username,
        isSystemAdmin: (profile.roles ?? '').split(/\s+/).includes('system_admin'),
    };
}
