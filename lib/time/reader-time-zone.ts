// The one rule for the time zone a person reads and enters times in (DESIGN.md "Time and language"):
// their own choice; else, when they read as a member of an organisation (its portal, its breach notices
// by email, also to a bare address such as a breach contact), the organisation's default; else the
// provider's default. The edge puts the result in the caller's context (`ctx.timeZone`,
// lib/http/next-context.ts; organisation contexts in lib/auth/authorization/authorize.ts), emails ask
// lib/time/recipient-time-zone.ts. Pure.

export type TimeZoneChoices = {
  /** The person's own preference (User.timeZone); null while they have none (or for a bare address). */
  own: string | null;
  /** The organisation's default (Organization.defaultTimeZone), when reading in an organisation. */
  organization?: string | null;
  /** The provider's default (ProviderSettings.defaultTimeZone). */
  provider: string;
};

export function readerTimeZone(choices: TimeZoneChoices): string {
  return choices.own ?? choices.organization ?? choices.provider;
}
