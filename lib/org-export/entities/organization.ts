// The organisation itself, its settings, members, invitations and email domains. Never a password, a
// second factor, an invitation token or the Microsoft connection's client secret.
import { afterId, columns, defineEntity, pagesById, type ExportScope } from "../entity.ts";

async function* single<T>(rows: Promise<T | null>): AsyncGenerator<T[]> {
  const row = await rows;
  if (row) yield [row];
}

export const organizationEntity = defineEntity({
  name: "organization",
  title: "Organisation",
  about: "The organisation as Article28 holds it (one row).",
  columns: columns({
    id: "Article28's id of the organisation",
    slug: "the short name in portal addresses",
    name: "the organisation's name",
    breach_notification_hours: "the contractual breach notification window, hours from awareness",
    dsr_due_days: "the processor's contractual days for assistance with a data-subject request",
    default_time_zone: "IANA time zone dates are shown in by default",
    default_language: "the default language (en, de)",
    created_at: "when it was created (UTC)",
    updated_at: "when it last changed (UTC)",
  }),
  count: async () => 1,
  pages: ({ tx, organizationId }: ExportScope) =>
    single(
      tx.organization.findUnique({ where: { id: organizationId } }).then((o) =>
        o
          ? {
              id: o.id,
              slug: o.slug,
              name: o.name,
              breach_notification_hours: o.breachNotificationHours,
              dsr_due_days: o.dsrDueDays,
              default_time_zone: o.defaultTimeZone,
              default_language: o.defaultLanguage,
              created_at: o.createdAt,
              updated_at: o.updatedAt,
            }
          : null,
      ),
    ),
});

export const settingsEntity = defineEntity({
  name: "settings",
  title: "Settings",
  about:
    "The organisation's security and request settings and its Microsoft sign-in connection (one row; the connection's client secret is never exported).",
  columns: columns({
    require_mfa: "every member needs two-factor authentication",
    sso_required: "members sign in only through Microsoft",
    ip_allowlist: "address ranges (CIDR) allowed to use the portal; empty: any",
    privacy_contacts: "extra addresses that receive breach notifications",
    dsr_due_on_working_day: "a due date on a weekend moves to the next Monday",
    sso_tenant_id: "Microsoft Entra tenant id (empty: no connection)",
    sso_client_id: "the application (client) id of the connection",
    sso_default_role: "the role of members added through Microsoft sign-in",
    sso_enabled: "whether the connection is on",
  }),
  count: async () => 1,
  pages: ({ tx, organizationId }: ExportScope) =>
    single(
      tx.organization
        .findUnique({
          where: { id: organizationId },
          select: {
            requireMfa: true,
            ssoRequired: true,
            ipAllowlist: true,
            privacyContacts: true,
            dsrDueOnWorkingDay: true,
            ssoConnection: { select: { tenantId: true, clientId: true, defaultRole: true, enabled: true } },
          },
        })
        .then((o) =>
          o
            ? {
                require_mfa: o.requireMfa,
                sso_required: o.ssoRequired,
                ip_allowlist: o.ipAllowlist,
                privacy_contacts: o.privacyContacts,
                dsr_due_on_working_day: o.dsrDueOnWorkingDay,
                sso_tenant_id: o.ssoConnection?.tenantId ?? null,
                sso_client_id: o.ssoConnection?.clientId ?? null,
                sso_default_role: o.ssoConnection?.defaultRole ?? null,
                sso_enabled: o.ssoConnection?.enabled ?? null,
              }
            : null,
        ),
    ),
});

export const membersEntity = defineEntity({
  name: "members",
  title: "Members",
  about: "Everyone who belongs to the organisation, with their role.",
  columns: columns({
    id: "the membership's id",
    user_id: "the person's account id",
    email: "their email address",
    name: "their name",
    role: "OWNER, ADMIN, PRIVACY_OFFICER, AUDITOR or MEMBER",
    account_disabled: "the account is disabled (cannot sign in)",
    joined_at: "when they joined (UTC)",
    role_changed_at: "when the membership last changed (UTC)",
  }),
  count: ({ tx, organizationId }) => tx.membership.count({ where: { organizationId } }),
  pages: ({ tx, organizationId, pageSize }) =>
    pagesById(
      pageSize,
      (after, take) =>
        tx.membership.findMany({
          where: { organizationId, ...afterId(after) },
          orderBy: { id: "asc" },
          take,
          select: {
            id: true,
            role: true,
            createdAt: true,
            updatedAt: true,
            user: { select: { id: true, email: true, name: true, disabledAt: true } },
          },
        }),
      (m) => ({
        id: m.id,
        user_id: m.user.id,
        email: m.user.email,
        name: m.user.name,
        role: m.role,
        account_disabled: m.user.disabledAt !== null,
        joined_at: m.createdAt,
        role_changed_at: m.updatedAt,
      }),
    ),
});

export const invitationsEntity = defineEntity({
  name: "invitations",
  title: "Invitations",
  about: "Invitations to join the organisation (the single-use token is never exported).",
  columns: columns({
    id: "the invitation's id",
    email: "the address invited",
    role: "the role offered",
    invited_by_id: "the account id of who invited (empty: unknown)",
    created_at: "when it was sent (UTC)",
    expires_at: "when it expires (UTC)",
    accepted_at: "when it was accepted (UTC)",
    revoked_at: "when it was withdrawn (UTC)",
  }),
  count: ({ tx, organizationId }) => tx.invitation.count({ where: { organizationId } }),
  pages: ({ tx, organizationId, pageSize }) =>
    pagesById(
      pageSize,
      (after, take) =>
        tx.invitation.findMany({
          where: { organizationId, ...afterId(after) },
          orderBy: { id: "asc" },
          take,
          select: {
            id: true,
            email: true,
            role: true,
            invitedById: true,
            createdAt: true,
            expiresAt: true,
            acceptedAt: true,
            revokedAt: true,
          },
        }),
      (i) => ({
        id: i.id,
        email: i.email,
        role: i.role,
        invited_by_id: i.invitedById,
        created_at: i.createdAt,
        expires_at: i.expiresAt,
        accepted_at: i.acceptedAt,
        revoked_at: i.revokedAt,
      }),
    ),
});

export const ssoDomainsEntity = defineEntity({
  name: "sso-domains",
  title: "Email domains for Microsoft sign-in",
  about: "The organisation's claims to email domains and the provider's decisions on them.",
  columns: columns({
    id: "the claim's id",
    domain: "the email domain",
    status: "PENDING, APPROVED or REFUSED",
    requested_by_id: "the account id of who listed it (empty: before claims existed)",
    decided_at: "when the provider decided (UTC)",
    decision_reason: "how control of the domain was checked, or why it was refused",
    created_at: "when it was listed (UTC)",
  }),
  count: ({ tx, organizationId }) => tx.ssoDomainClaim.count({ where: { organizationId } }),
  pages: ({ tx, organizationId, pageSize }) =>
    pagesById(
      pageSize,
      (after, take) =>
        tx.ssoDomainClaim.findMany({
          where: { organizationId, ...afterId(after) },
          orderBy: { id: "asc" },
          take,
          select: {
            id: true,
            domain: true,
            status: true,
            requestedById: true,
            decidedAt: true,
            decisionReason: true,
            createdAt: true,
          },
        }),
      (c) => ({
        id: c.id,
        domain: c.domain,
        status: c.status,
        requested_by_id: c.requestedById,
        decided_at: c.decidedAt,
        decision_reason: c.decisionReason,
        created_at: c.createdAt,
      }),
    ),
});
