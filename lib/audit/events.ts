// The catalogue of audit events (STYLE.md 22): every action the log can hold, with the shape of its
// metadata and a readable name in English and German for the audit pages. `recordAudit` accepts only
// these names with their own metadata, so a typo cannot create a new kind of event.
import type { Text } from "../i18n/text.ts";

/** A JSON value as stored in an event's metadata. */
export type Json =
  string | number | boolean | null | Date | readonly Json[] | { readonly [key: string]: Json | undefined };
type Changes = Record<string, Json>;
/** An answer to a subprocessor notice; `organizationId` in the provider's chain. */
type SubprocessorAnswer = { subprocessor: string; text?: string; organizationId?: string };

/** The metadata each event carries. Never a secret, a code or a password (S17). */
export type AuditEventMetadata = {
  // Sign-in, sessions, passwords, email links (lib/auth)
  "auth.sign_in.succeeded": { kind: string; method: string; mfa: string };
  "auth.sign_in.failed": { email: string | null; reason: string | null };
  "auth.sign_in.refused": { method: string; reason: string };
  "auth.sign_in.throttled": { email: string | null };
  "auth.sign_out": Record<string, never>;
  "auth.session.revoked": Record<string, never>;
  "auth.session.revoked_others": { count: number };
  "auth.reauthenticated": { method: string };
  "auth.reauthentication.failed": { method: string; reason: string };
  "auth.magic_link.requested": { email: string; sent: boolean; reason?: string };
  "auth.magic_link.throttled": { email: string };
  "auth.magic_link.refused": { reason: string };
  "auth.magic_link.used": Record<string, never>;
  "auth.password_reset.requested": { email: string; sent: boolean; reason?: string };
  "auth.password_reset.throttled": { email: string };
  "auth.password_reset.refused": { reason: string };
  "auth.password_reset.completed": { sessionsRevoked: number };
  "auth.password.changed": { hadPassword: boolean; sessionsRevoked: number };
  "auth.email_change.requested": { newEmail: string };
  "auth.email_change.refused": { reason: string };
  "auth.email_change.throttled": { newEmail: string };
  "auth.email.changed": { from: string; to: string };
  // Two-factor authentication (lib/auth/mfa)
  "mfa.enrolment.started": Record<string, never>;
  "mfa.enabled": { otherSessionsRevoked?: number };
  "mfa.disabled": { otherSessionsRevoked: number };
  "mfa.backup_codes.regenerated": Record<string, never>;
  "mfa.challenge.succeeded": { method: string; previousSessionId: string };
  "mfa.challenge.failed": { method: string };
  "mfa.challenge.throttled": { method: string };
  "mfa.backup_code.used": { remaining: number };
  // Microsoft sign-in (lib/auth/sso)
  "sso.connection.saved": Changes & { created: boolean; changed: readonly string[] };
  "sso.member.provisioned": { tenantId: string; objectId: string; role: string; newUser: boolean };
  "sso.sign_in.refused": { tenantId: string; objectId: string; email: string | null; reason: string };
  "sso.sign_in.failed": { reason: string } & Changes;
  "sso.identity.linked": Changes;
  "sso.identity.link_failed": { reason: string } & Changes;
  "sso.identity.link_refused": { reason: string } & Changes;
  "sso.identity.unlinked": { tenantId: string; objectIds: readonly string[]; sessionsEnded: number };
  "sso.domain.claimed": { organizationId: string; domains: readonly string[] };
  "sso.domain.withdrawn": { organizationId: string; domains: readonly string[] };
  "sso.domain.approved": {
    organizationId: string;
    domain: string;
    reason: string;
    otherOrganizationsWithMembers: number;
  };
  "sso.domain.refused": { organizationId: string; domain: string; reason: string; previousStatus: string };
  // Authorisation refusals (lib/auth/authorization)
  "authz.denied": { attempted: string };
  "authz.ip_denied": { attempted: string };
  "authz.sso_denied": { attempted: string; ssoOrganizationId: string | null };
  // The user's own account, staff users, organisations (lib/account, lib/admin, lib/organizations)
  /** source "browser": the zone the browser reported, stored at the first signed-in page; "account": chosen. */
  "account.time_zone.changed": { from: string | null; to: string; source: "account" | "browser" };
  "account.profile.updated": { fields: readonly string[] };
  "account.language.updated": { from: string | null; to: string };
  "admin.user.disabled": { email: string; sessionsEnded: number };
  "admin.user.enabled": { email: string; sessionsEnded: number };
  "admin.user.mfa_reset": { email: string; sessionsEnded: number; backupCodesRemoved: number };
  "admin.staff.invited": { email: string; role: string; replaced: number };
  "admin.staff.invitation_accepted": { email: string; role: string; newUser: boolean };
  "admin.staff.role_changed": { email: string; oldRoles: readonly string[]; newRole: string };
  "org.organization.created": {
    slug: string;
    name: string;
    breachNotificationHours: number;
    dsrDueDays: number;
    defaultTimeZone: string;
    defaultLanguage: string;
  };
  "org.contract.updated": { changes: Changes };
  "org.invitation.created": { email: string; role: string; replaced: number };
  "org.invitation.revoked": { email: string; role: string };
  "org.invitation.accepted": { email: string; role: string; newUser: boolean };
  "org.member.added": { email: string; newRole: string; via: string };
  "org.member.role_changed": { userId: string; email: string; oldRole: string; newRole: string };
  "org.member.removed": { userId: string; email: string; oldRole: string; sessionsRevoked: number };
  "org.security_policy.updated": Changes;
  "org.breach_contacts.updated": { from: readonly string[]; to: readonly string[] };
  "provider.settings.updated": { changes: Changes };
  // Backup and restore (lib/backup, ADR 0034)
  "provider.backup.restored": {
    backupCreatedAt: string;
    dumpSha256: string;
    migrations: number;
    ledgerEntriesReplayed: number;
  };
  "provider.erasure.replayed": {
    entryId: string;
    kind: string;
    organizationId: string;
    certificateId: string;
    erasedAt: string;
    outcome: string;
    tasks?: number;
    hold?: string;
  };
  // Incidents and breach notifications (lib/incidents)
  "breach.incident.created": Changes;
  "breach.incident.updated": Changes;
  "breach.incident.status_changed": { reference: string; from: string; to: string };
  "breach.incident.determined": { reference: string; from: string; to: string; reason: string };
  "breach.incident.assessed": Changes;
  "breach.incident.declared": {
    reference: string;
    previousDetermination: string;
    includeSystemOrganizations: boolean;
    notificationsCreated: number;
    affectedOrganizations: number;
  };
  "breach.incident.art34_recorded": {
    reference: string;
    highRisk: boolean;
    exemption: string | null;
    dataSubjectText: boolean;
  };
  "breach.notice.draft_saved": {
    incidentId: string;
    phase: number;
    empty: readonly string[];
    notYetKnown: readonly string[];
  };
  "breach.notice.sent": Changes;
  "breach.notification.created": {
    incidentId: string;
    reference: string;
    windowHours: number;
    deadlineAt: string;
  };
  "breach.notification.reminder_sent": Changes;
  "breach.notification.escalated": Changes;
  "breach.notification.delivered": { incidentId: string; phase: number };
  "breach.notification.acknowledged": { incidentId: string; organizationId?: string };
  "breach.authority_report.recorded": {
    incidentId: string;
    authorityNotifiedAt: string | null;
    authorityTimeZone: string | null;
    authorityReference: string | null;
    delayReasonGiven: boolean;
  };
  "breach.evidence.downloaded": {
    incidentId: string;
    format: string;
    sha256: string;
    organizationId?: string;
  };
  "breach.register.exported": { format: string; incidents: number };
  // Data-subject requests (lib/dsr): never the subject's identifiers, only the request's facts
  "dsr.request.filed": {
    reference: string;
    type: string;
    source: string;
    receivedAt: string;
    legalDueAt: string;
    processorDueAt: string;
    tasks: number;
    duplicateOf: string | null;
  };
  "dsr.requests.imported": { requests: number; sha256: string };
  "dsr.request.forwarded": { reference: string; type: string; directRequestId: string };
  "dsr.request.instructed": {
    reference: string;
    receivedAt: string;
    legalDueAt: string;
    processorDueAt: string;
    tasks: number;
  };
  "dsr.request.not_instructed": { reference: string };
  "dsr.request.cancelled": { reference: string; tasksCancelled: number };
  "dsr.request.assigned": { reference: string; from: string | null; to: string | null };
  "dsr.request.commented": { reference: string; characters: number };
  "dsr.request.extended": {
    reference: string;
    previousDueAt: string;
    newDueAt: string;
    ground: string;
    reason: string;
  };
  "dsr.request.declined": { reference: string; reason: string; tasksCancelled: number };
  "dsr.request.reminder_sent": { reference: string; processorDueAt: string; staffNotified: number };
  "dsr.request.escalated": { reference: string; processorDueAt: string; staffNotified: number };
  "dsr.direct_request.received": { type: string; locale: string };
  "dsr.direct_request.closed": { reason: string };
  "dsr.direct_request.content_purged": { status: string; keptDaysAfterClosing: number };
  // Public trust center (lib/trust)
  "trust.document.created": { slug: string; kind: string };
  "trust.document.draft_saved": { slug: string; locale: string; characters: number; contentHash: string };
  "trust.document.published": { slug: string; locale: string; version: number; contentHash: string };
  "trust.subprocessor.change_announced": Changes;
  "trust.subprocessor.details_edited": { name: string; changes: Changes };
  // Subprocessor authorisation per organisation (lib/subprocessor-notices, GDPR.md C1/C2)
  "subprocessor.notice.sent": {
    subprocessor: string;
    type: string;
    mode: string;
    noticeDays: number;
    recipients: number;
  };
  "subprocessor.notice.delivered": { subprocessor: string; windowEndsAt: string | null };
  "subprocessor.notice.objected": SubprocessorAnswer;
  "subprocessor.notice.accepted": SubprocessorAnswer;
  "subprocessor.notice.approved": SubprocessorAnswer;
  "subprocessor.notice.refused": SubprocessorAnswer;
  "subprocessor.notice.deemed_accepted": SubprocessorAnswer;
  "subprocessor.objection.resolved": SubprocessorAnswer & { outcome: string };
  "org.subprocessor_authorisation.updated": { changes: Changes };
  /** A data-access event: the staff notice matrix left the platform as a CSV file. */
  "subprocessor.notices.exported": {
    rows: number;
    changes: readonly string[];
    filter: { change: string | null; state: string | null; q: string | null };
  };
  "trust.subscription.requested": Changes;
  "trust.subscription.confirmed": Changes;
  "trust.subscription.unsubscribed": { channel: string };
  /** Staff downloaded the static mirror of the public trust center (lib/static-export, ADR 0036). */
  "trust.mirror.exported": { files: number; bytes: number; skipped: number };
  "trust.compliance.created": Changes;
  "trust.compliance.updated": { standard: string; changes: Changes };
  "trust.compliance.deleted": { standard: string; status: string };
  "trust.compliance.moved": { standard: string; direction: string; from: number; to: number };
  "trust.library.document.uploaded": {
    slug: string;
    title: string;
    gated: boolean;
    sha256: string;
    sizeBytes: number;
  };
  "trust.library.document.updated": {
    slug: string;
    previousSlug: string;
    gated: boolean;
    changed: readonly string[];
  };
  "trust.library.document.file_replaced": {
    slug: string;
    sha256: string;
    previousSha256: string;
    sizeBytes: number;
  };
  "trust.library.document.archived": { slug: string };
  "trust.library.document.restored": { slug: string };
  "trust.nda.published": { locale: string; version: number; contentHash: string };
  "trust.access.requested": Changes;
  "trust.access.grant.approved": Changes;
  "trust.access.grant.denied": Changes;
  "trust.access.grant.revoked": { requestId: string; document: string; email: string };
  "trust.access.rule.created": {
    domain: string;
    action: string;
    grantDays: number | null;
    reason: string | null;
  };
  "trust.access.rule.updated": { before: Changes; after: Changes };
  "trust.access.rule.deleted": {
    domain: string;
    action: string;
    grantDays: number | null;
    reason: string | null;
  };
  "trust.access.free_mail.changed": { refuseFreeMailDomains: boolean };
  "trust.document.downloaded": Changes;
  // Controller API keys and outbound webhooks (lib/api, lib/webhooks); recorded in the organisation's
  // chain and the provider's (organizationId in the metadata names the organisation there).
  "api.key.created": { name: string; scopes: readonly string[]; prefix: string; organizationId: string };
  "api.key.revoked": { name: string; prefix: string; organizationId: string };
  "webhook.endpoint.created": { url: string; eventTypes: readonly string[]; organizationId: string };
  "webhook.endpoint.deleted": { url: string; organizationId: string };
  "webhook.endpoint.enabled": { url: string; organizationId: string };
  "webhook.endpoint.disabled": { url: string; reason: string; failures: number; organizationId: string };
  "webhook.test.queued": { url: string; messageId: string; organizationId: string };
  // The audit log itself (lib/audit)
  /** Refusals of one subject in one window after the first, which has its own event (S24). */
  "audit.refusals.summarised": {
    action: string;
    subject: string;
    count: number;
    windowStart: string;
    windowEnd: string;
  };
  /** A staff member verified a chain on demand (the background checks are not audited). */
  "audit.chain.verified": {
    chain: string;
    scope: "new" | "full";
    ok: boolean;
    checked: number;
    lastSeq: number;
    brokenSeq?: number;
  };
  /** The audit pruning removed a chain's expired prefix behind a signed checkpoint (ADR 0025). */
  "audit.chain.pruned": {
    chain: string;
    throughSeq: number;
    hash: string;
    removed: number;
    periodDays: number;
    runId: string;
  };
  /** A staff member exported a chain (or its filtered part) as a file. */
  "audit.log.exported": {
    chain: string;
    format: "csv" | "json";
    action: string | null;
    actor: string | null;
    from: string | null;
    to: string | null;
    timeZone: string;
    lastSeq: number;
  };
  // Data-subject requests: connected systems, results (lib/dsr/connectors, lib/dsr/results)
  "dsr.task.completed": {
    requestId: string;
    reference: string;
    system: string;
    action: string;
    status: string;
    via:
      | "response"
      | "callback"
      | "manual"
      | "retries_spent"
      | "request_closed"
      | "legal_hold"
      | "erasure_ledger";
    records: number | null;
    fields: readonly string[];
    ground: string | null;
    blockedUntil: string | null;
    absent: boolean | null;
    evidenceSha256?: string | null;
  };
  "dsr.task.callback_refused": { taskId: string; reason: string };
  "dsr.request.settled": { reference: string; from: string; to: string; tasks: number };
  "dsr.package.ready": { reference: string; files: number; rows: number; sha256: string; expiresAt: string };
  "dsr.package.downloaded": { requestId: string; reference: string; sha256: string; files: number };
  "dsr.package.purged": { reference: string; tasks: number };
  "dsr.certificate.downloaded": {
    requestId: string;
    reference: string;
    format: string;
    provisional: boolean;
    sha256: string;
  };
  "dsr.connector.configured": {
    system: string;
    connector: string;
    endpointUrl: string;
    changed: readonly string[];
  };
  "dsr.connector.secret_rotated": { system: string; first: boolean };
  "dsr.connector.tested": {
    system: string;
    ok: boolean;
    status: number | null;
    ms: number;
    error: string | null;
  };
  /** A connected system's data category for retention (lib/retention/systems; ADR 0028). */
  "dsr.system_category.saved": {
    system: string;
    category: string;
    created: boolean;
    defaultDays: number;
    minDays: number;
  };
  "dsr.system_category.removed": { system: string; category: string };
  // Retention and legal holds (lib/retention, lib/legal-holds; GDPR.md G1-G4). Hold events go to the
  // provider's chain only (organizationId in the metadata): a hold may be confidential to the customer.
  "retention.policy.changed": { category: string; periodDays: number; minDays: number } & Changes;
  "retention.override.changed": { category: string; periodDays: number | null; previous: number | null };
  "retention.purge.completed": { runId: string; removed: number; held: number; categories: number };
  /** A run's signed certificate (lib/retention/download-certificate.ts); copy "provider" (staff) or "controller". */
  "retention.certificate.downloaded": {
    evidenceId: string;
    runId: string;
    category: string;
    organizationId: string | null;
    copy: string;
    format: string;
    sha256: string;
  };
  "hold.created": {
    reference: string;
    scope: string;
    organizationId: string | null;
    category: string | null;
    incidentId: string | null;
    reason: string;
  };
  "hold.released": { reference: string; reason: string; resumed: number };
  "hold.deletion_refused": {
    reference: string;
    path: string;
    targetType: string;
    targetId: string;
    organizationId: string | null;
  };
  // Full export of an organisation (lib/org-export)
  "org.export.requested": { exportId: string };
  "org.export.ready": {
    exportId: string;
    sha256: string;
    bytes: number;
    files: number;
    rows: number;
    expiresAt: string;
  };
  "org.export.failed": { exportId: string; attempts: number };
  "org.export.downloaded": { exportId: string; sha256: string; bytes: number };
  "org.export.expired": { exportId: string };
  // Account closure (lib/account-closure; D4, ADR 0024)
  "org.closure.requested": {
    closureId: string;
    reference: string;
    choice: string;
    deleteAfter: string;
    deleteBy: string;
  };
  "org.closure.cancelled": { closureId: string; reference: string };
  "org.closure.held": { closureId: string; reference: string; hold: string };
  "org.closure.deletion_started": { closureId: string; reference: string; systems: number };
  "org.closure.system_confirmed": {
    closureId: string;
    reference: string;
    system: string;
    outcome: "DONE" | "FAILED";
    records: number | null;
  };
  "org.closure.system_retried": { closureId: string; reference: string; system: string };
  "org.closure.completed": {
    closureId: string;
    reference: string;
    organizationId: string;
    records: number;
    systems: number;
    certificateSha256: string;
  };
  "org.closure.certificate_downloaded": { closureId: string; reference: string; format: string };
  // DPA versions and their acceptance per organisation (lib/dpa, ADR 0029)
  "dpa.particulars.saved": { locale: string; complete: boolean };
  "dpa.version.announced": { version: number; organizations: number; emails: number };
  "dpa.accepted": {
    organizationId: string;
    version: number;
    contentHash: string;
    signatoryName: string;
    signatoryTitle: string;
  };
  "dpa.receipt.downloaded": { acceptanceId: string; version: number; format: string; sha256: string };
  "dpa.signatory.named": { userId: string; email: string };
  "dpa.signatory.removed": { userId: string; email: string };
  "dpa.negotiated.attached": { negotiatedDpaId: string; title: string; sha256: string; size: number };
  "dpa.negotiated.downloaded": { negotiatedDpaId: string; sha256: string };
  "dpa.reminder.sent": { version: number; stage: number; recipients: number };
  "dpa.acceptances.exported": { rows: number; filter: string };
  // Records of processing (lib/records-of-processing, ADR 0031)
  "records.activity.saved": { activityId: string; version: number; name: string; changed: readonly string[] };
  "records.activity.removed": { activityId: string; version: number; name: string };
  /** A data-access event: the organisation's records of processing left the platform as a file. */
  "records.downloaded": { format: string; asOf: string; sha256: string };
  "records.exported": { organizations: number; asOf: string };
  // Demo data (prisma/seed*)
  "seed.organization.created": Record<string, never>;
  "seed.member.created": { role: string };
  "seed.staff.created": { roles: readonly string[] };
  "seed.provider_profile.updated": { changes: Changes };
  "seed.subprocessors.created": { subprocessors: number; changes: number };
  "seed.compliance.created": { items: number; standards: readonly string[] };
  "seed.nda.published": { locale: string; version: number; contentHash: string };
  "seed.library.document.created": { slug: string; gated: boolean; sha256: string };
  "seed.access.rule.created": { domain: string; action: string; grantDays: number };
  "seed.breach.incident.created": { reference: string; determination: string };
  "seed.records.activities.created": { activities: number };
  "seed.dsr.request.created": { reference: string; status: string };
};

export type AuditAction = keyof AuditEventMetadata;

/** Readable names of the events (customer audit log, staff audit log, exports). */
export const AUDIT_EVENT_LABELS: Record<AuditAction, Text> = {
  "auth.sign_in.succeeded": { en: "Signed in", de: "Angemeldet" },
  "auth.sign_in.failed": { en: "Sign-in failed", de: "Anmeldung fehlgeschlagen" },
  "auth.sign_in.refused": { en: "Sign-in refused by policy", de: "Anmeldung durch Richtlinie abgelehnt" },
  "auth.sign_in.throttled": {
    en: "Sign-in blocked after repeated failures",
    de: "Anmeldung nach wiederholten Fehlversuchen gesperrt",
  },
  "auth.sign_out": { en: "Signed out", de: "Abgemeldet" },
  "auth.session.revoked": { en: "Session ended", de: "Sitzung beendet" },
  "auth.session.revoked_others": { en: "Other sessions ended", de: "Andere Sitzungen beendet" },
  "auth.reauthenticated": { en: "Identity confirmed", de: "Identität bestätigt" },
  "auth.reauthentication.failed": {
    en: "Identity confirmation failed",
    de: "Identitätsbestätigung fehlgeschlagen",
  },
  "auth.magic_link.requested": { en: "Sign-in link requested", de: "Anmeldelink angefordert" },
  "auth.magic_link.throttled": {
    en: "Sign-in link requests blocked",
    de: "Anforderung von Anmeldelinks gesperrt",
  },
  "auth.magic_link.refused": { en: "Sign-in link refused", de: "Anmeldelink abgelehnt" },
  "auth.magic_link.used": { en: "Signed in with an email link", de: "Mit E-Mail-Link angemeldet" },
  "auth.password_reset.requested": {
    en: "Password reset requested",
    de: "Passwort-Zurücksetzung angefordert",
  },
  "auth.password_reset.throttled": {
    en: "Password reset requests blocked",
    de: "Anforderung der Passwort-Zurücksetzung gesperrt",
  },
  "auth.password_reset.refused": { en: "Password reset refused", de: "Passwort-Zurücksetzung abgelehnt" },
  "auth.password_reset.completed": { en: "Password reset", de: "Passwort zurückgesetzt" },
  "auth.password.changed": { en: "Password changed", de: "Passwort geändert" },
  "auth.email_change.requested": {
    en: "Email address change requested",
    de: "Änderung der E-Mail-Adresse angefordert",
  },
  "auth.email_change.refused": {
    en: "Email address change refused",
    de: "Änderung der E-Mail-Adresse abgelehnt",
  },
  "auth.email_change.throttled": {
    en: "Email address change requests blocked",
    de: "Anforderung der Änderung der E-Mail-Adresse gesperrt",
  },
  "auth.email.changed": { en: "Email address changed", de: "E-Mail-Adresse geändert" },
  "mfa.enrolment.started": {
    en: "Two-factor setup started",
    de: "Einrichtung der Zwei-Faktor-Anmeldung begonnen",
  },
  "mfa.enabled": { en: "Two-factor authentication turned on", de: "Zwei-Faktor-Anmeldung eingeschaltet" },
  "mfa.disabled": { en: "Two-factor authentication turned off", de: "Zwei-Faktor-Anmeldung ausgeschaltet" },
  "mfa.backup_codes.regenerated": { en: "Backup codes replaced", de: "Backup-Codes ersetzt" },
  "mfa.challenge.succeeded": { en: "Second factor confirmed", de: "Zweiter Faktor bestätigt" },
  "mfa.challenge.failed": { en: "Second factor failed", de: "Zweiter Faktor fehlgeschlagen" },
  "mfa.challenge.throttled": {
    en: "Second factor blocked after repeated failures",
    de: "Zweiter Faktor nach Fehlversuchen gesperrt",
  },
  "mfa.backup_code.used": { en: "Backup code used", de: "Backup-Code verwendet" },
  "sso.connection.saved": {
    en: "Microsoft sign-in settings saved",
    de: "Einstellungen der Microsoft-Anmeldung gespeichert",
  },
  "sso.member.provisioned": {
    en: "Member added through Microsoft sign-in",
    de: "Mitglied über Microsoft-Anmeldung hinzugefügt",
  },
  "sso.sign_in.refused": { en: "Microsoft sign-in refused", de: "Microsoft-Anmeldung abgelehnt" },
  "sso.sign_in.failed": { en: "Microsoft sign-in failed", de: "Microsoft-Anmeldung fehlgeschlagen" },
  "sso.identity.linked": { en: "Microsoft account connected", de: "Microsoft-Konto verbunden" },
  "sso.identity.link_failed": {
    en: "Connecting a Microsoft account failed",
    de: "Verbinden eines Microsoft-Kontos fehlgeschlagen",
  },
  "sso.identity.link_refused": {
    en: "Connecting a Microsoft account refused",
    de: "Verbinden eines Microsoft-Kontos abgelehnt",
  },
  "sso.identity.unlinked": { en: "Microsoft account disconnected", de: "Microsoft-Konto getrennt" },
  "sso.domain.claimed": {
    en: "Email domain claimed for Microsoft sign-in",
    de: "E-Mail-Domain für die Microsoft-Anmeldung beansprucht",
  },
  "sso.domain.withdrawn": {
    en: "Email domain claim withdrawn",
    de: "Anspruch auf E-Mail-Domain zurückgezogen",
  },
  "sso.domain.approved": {
    en: "Email domain approved for Microsoft sign-in",
    de: "E-Mail-Domain für die Microsoft-Anmeldung freigegeben",
  },
  "sso.domain.refused": {
    en: "Email domain refused for Microsoft sign-in",
    de: "E-Mail-Domain für die Microsoft-Anmeldung abgelehnt",
  },
  "authz.denied": { en: "Access refused", de: "Zugriff verweigert" },
  "authz.ip_denied": {
    en: "Access refused from an address outside the allow-list",
    de: "Zugriff von nicht freigegebener Adresse verweigert",
  },
  "authz.sso_denied": {
    en: "Access refused: not signed in through the organisation's Microsoft sign-in",
    de: "Zugriff verweigert: nicht über die Microsoft-Anmeldung der Organisation angemeldet",
  },
  "account.time_zone.changed": { en: "Time zone changed", de: "Zeitzone geändert" },
  "account.profile.updated": { en: "Profile changed", de: "Profil geändert" },
  "account.language.updated": { en: "Language changed", de: "Sprache geändert" },
  "admin.user.disabled": { en: "Account disabled", de: "Konto deaktiviert" },
  "admin.user.enabled": { en: "Account enabled", de: "Konto aktiviert" },
  "admin.user.mfa_reset": {
    en: "Two-factor authentication reset by staff",
    de: "Zwei-Faktor-Authentifizierung durch Mitarbeiter zurückgesetzt",
  },
  "admin.staff.invited": { en: "Staff member invited", de: "Mitarbeiter eingeladen" },
  "admin.staff.invitation_accepted": {
    en: "Staff invitation accepted",
    de: "Mitarbeiter-Einladung angenommen",
  },
  "admin.staff.role_changed": { en: "Staff role changed", de: "Mitarbeiterrolle geändert" },
  "org.organization.created": { en: "Customer organisation created", de: "Kundenorganisation angelegt" },
  "org.contract.updated": {
    en: "Organisation's contract settings changed",
    de: "Vertragseinstellungen der Organisation geändert",
  },
  "org.invitation.created": { en: "Member invited", de: "Mitglied eingeladen" },
  "org.invitation.revoked": { en: "Invitation withdrawn", de: "Einladung zurückgezogen" },
  "org.invitation.accepted": { en: "Invitation accepted", de: "Einladung angenommen" },
  "org.member.added": { en: "Member added", de: "Mitglied hinzugefügt" },
  "org.member.role_changed": { en: "Member's role changed", de: "Rolle eines Mitglieds geändert" },
  "org.member.removed": { en: "Member removed", de: "Mitglied entfernt" },
  "org.security_policy.updated": { en: "Security policy changed", de: "Sicherheitsrichtlinie geändert" },
  "org.breach_contacts.updated": {
    en: "Breach notification contacts changed",
    de: "Kontakte für Datenpannen-Meldungen geändert",
  },
  "provider.settings.updated": { en: "Provider settings changed", de: "Anbietereinstellungen geändert" },
  "provider.backup.restored": {
    en: "Database restored from a backup",
    de: "Datenbank aus einer Sicherung wiederhergestellt",
  },
  "provider.erasure.replayed": {
    en: "Erasure applied again after a restore",
    de: "Löschung nach einer Wiederherstellung erneut ausgeführt",
  },
  "breach.incident.created": { en: "Incident recorded", de: "Vorfall erfasst" },
  "breach.incident.updated": { en: "Incident changed", de: "Vorfall geändert" },
  "breach.incident.status_changed": { en: "Incident status changed", de: "Status des Vorfalls geändert" },
  "breach.incident.determined": {
    en: "Incident judged not notifiable",
    de: "Vorfall als nicht meldepflichtig bewertet",
  },
  "breach.incident.assessed": { en: "Incident severity assessed", de: "Schwere des Vorfalls bewertet" },
  "breach.incident.declared": {
    en: "Personal-data breach declared",
    de: "Verletzung des Schutzes personenbezogener Daten festgestellt",
  },
  "breach.incident.art34_recorded": {
    en: "Art. 34 decision recorded",
    de: "Entscheidung nach Art. 34 erfasst",
  },
  "breach.notice.draft_saved": { en: "Breach notice draft saved", de: "Entwurf der Meldung gespeichert" },
  "breach.notice.sent": { en: "Breach notice sent", de: "Meldung versandt" },
  "breach.notification.created": {
    en: "Breach notification created",
    de: "Meldung einer Datenpanne angelegt",
  },
  "breach.notification.reminder_sent": { en: "Deadline reminder sent", de: "Fristerinnerung versandt" },
  "breach.notification.escalated": {
    en: "Overdue notification escalated",
    de: "Überfällige Meldung eskaliert",
  },
  "breach.notification.delivered": {
    en: "Breach notification delivered (accepted by a mail server)",
    de: "Meldung einer Datenpanne zugestellt (von einem Mailserver angenommen)",
  },
  "breach.notification.acknowledged": {
    en: "Breach notification acknowledged",
    de: "Meldung einer Datenpanne bestätigt",
  },
  "breach.authority_report.recorded": {
    en: "Supervisory authority notification recorded",
    de: "Meldung an die Aufsichtsbehörde erfasst",
  },
  "breach.evidence.downloaded": { en: "Evidence pack downloaded", de: "Nachweispaket heruntergeladen" },
  "breach.register.exported": { en: "Incident register exported", de: "Vorfallsregister exportiert" },
  "dsr.request.filed": { en: "Data-subject request filed", de: "Betroffenenanfrage erfasst" },
  "dsr.requests.imported": {
    en: "Data-subject requests imported from a CSV file",
    de: "Betroffenenanfragen aus einer CSV-Datei importiert",
  },
  "dsr.request.forwarded": {
    en: "Data-subject request forwarded to the controller",
    de: "Betroffenenanfrage an den Verantwortlichen weitergeleitet",
  },
  "dsr.request.instructed": {
    en: "Forwarded request instructed by the controller",
    de: "Weitergeleitete Anfrage vom Verantwortlichen beauftragt",
  },
  "dsr.request.not_instructed": {
    en: "Forwarded request closed without instruction",
    de: "Weitergeleitete Anfrage ohne Auftrag geschlossen",
  },
  "dsr.request.cancelled": { en: "Data-subject request cancelled", de: "Betroffenenanfrage storniert" },
  "dsr.request.assigned": { en: "Data-subject request assigned", de: "Betroffenenanfrage zugewiesen" },
  "dsr.request.commented": { en: "Staff comment added", de: "Interner Kommentar hinzugefügt" },
  "dsr.request.extended": { en: "Legal due date extended", de: "Gesetzliche Frist verlängert" },
  "dsr.request.declined": { en: "Data-subject request declined", de: "Betroffenenanfrage abgelehnt" },
  "dsr.request.reminder_sent": {
    en: "Processor due date reminder sent",
    de: "Erinnerung an die Frist des Auftragsverarbeiters versandt",
  },
  "dsr.request.escalated": {
    en: "Overdue data-subject request escalated",
    de: "Überfällige Betroffenenanfrage eskaliert",
  },
  "dsr.direct_request.received": {
    en: "Request from a data subject received",
    de: "Anfrage einer betroffenen Person eingegangen",
  },
  "dsr.direct_request.closed": {
    en: "Request from a data subject closed",
    de: "Anfrage einer betroffenen Person geschlossen",
  },
  "dsr.direct_request.content_purged": {
    en: "Message from a data subject removed once no longer needed",
    de: "Nachricht einer betroffenen Person nach Wegfall des Zwecks entfernt",
  },
  "trust.document.created": { en: "Policy document created", de: "Richtliniendokument angelegt" },
  "trust.document.draft_saved": {
    en: "Policy document draft saved",
    de: "Entwurf eines Richtliniendokuments gespeichert",
  },
  "trust.document.published": { en: "Policy document published", de: "Richtliniendokument veröffentlicht" },
  "trust.subprocessor.change_announced": {
    en: "Subprocessor change announced",
    de: "Änderung bei Unterauftragsverarbeitern angekündigt",
  },
  "trust.subprocessor.details_edited": {
    en: "Subprocessor details edited",
    de: "Angaben eines Unterauftragsverarbeiters geändert",
  },
  "subprocessor.notice.sent": {
    en: "Subprocessor notice sent",
    de: "Mitteilung zu Unterauftragsverarbeiter versandt",
  },
  "subprocessor.notice.delivered": {
    en: "Subprocessor notice delivered",
    de: "Mitteilung zu Unterauftragsverarbeiter zugestellt",
  },
  "subprocessor.notice.objected": {
    en: "Objection to a subprocessor",
    de: "Widerspruch gegen Unterauftragsverarbeiter",
  },
  "subprocessor.notice.accepted": {
    en: "Subprocessor change accepted",
    de: "Änderung bei Unterauftragsverarbeitern angenommen",
  },
  "subprocessor.notice.approved": { en: "Subprocessor approved", de: "Unterauftragsverarbeiter genehmigt" },
  "subprocessor.notice.refused": { en: "Subprocessor refused", de: "Unterauftragsverarbeiter abgelehnt" },
  "subprocessor.notice.deemed_accepted": {
    en: "Subprocessor change deemed accepted (window closed)",
    de: "Änderung bei Unterauftragsverarbeitern gilt als angenommen (Frist abgelaufen)",
  },
  "subprocessor.objection.resolved": {
    en: "Subprocessor objection resolved",
    de: "Widerspruch gegen Unterauftragsverarbeiter erledigt",
  },
  "subprocessor.notices.exported": {
    en: "Customer notices exported",
    de: "Kundenmitteilungen exportiert",
  },
  "org.subprocessor_authorisation.updated": {
    en: "Subprocessor authorisation changed",
    de: "Genehmigungsart für Unterauftragsverarbeiter geändert",
  },
  "trust.subscription.requested": { en: "Subscription requested", de: "Abonnement angefordert" },
  "trust.subscription.confirmed": { en: "Subscription confirmed", de: "Abonnement bestätigt" },
  "trust.subscription.unsubscribed": { en: "Unsubscribed", de: "Abonnement beendet" },
  "trust.mirror.exported": {
    en: "Static mirror of the trust center downloaded",
    de: "Statische Kopie des Trust Centers heruntergeladen",
  },
  "trust.compliance.created": { en: "Compliance item added", de: "Compliance-Eintrag hinzugefügt" },
  "trust.compliance.updated": { en: "Compliance item changed", de: "Compliance-Eintrag geändert" },
  "trust.compliance.deleted": { en: "Compliance item removed", de: "Compliance-Eintrag entfernt" },
  "trust.compliance.moved": { en: "Compliance item moved", de: "Compliance-Eintrag verschoben" },
  "trust.library.document.uploaded": {
    en: "Library document uploaded",
    de: "Bibliotheksdokument hochgeladen",
  },
  "trust.library.document.updated": { en: "Library document changed", de: "Bibliotheksdokument geändert" },
  "trust.library.document.file_replaced": {
    en: "Library document file replaced",
    de: "Datei eines Bibliotheksdokuments ersetzt",
  },
  "trust.library.document.archived": {
    en: "Library document archived",
    de: "Bibliotheksdokument archiviert",
  },
  "trust.library.document.restored": {
    en: "Library document restored",
    de: "Bibliotheksdokument wiederhergestellt",
  },
  "trust.nda.published": { en: "NDA version published", de: "NDA-Version veröffentlicht" },
  "trust.access.requested": { en: "Document access requested", de: "Dokumentenzugang angefragt" },
  "trust.access.grant.approved": { en: "Document access approved", de: "Dokumentenzugang genehmigt" },
  "trust.access.grant.denied": { en: "Document access declined", de: "Dokumentenzugang abgelehnt" },
  "trust.access.grant.revoked": { en: "Document access revoked", de: "Dokumentenzugang widerrufen" },
  "trust.access.rule.created": { en: "Access rule added", de: "Zugangsregel hinzugefügt" },
  "trust.access.rule.updated": { en: "Access rule changed", de: "Zugangsregel geändert" },
  "trust.access.rule.deleted": { en: "Access rule removed", de: "Zugangsregel entfernt" },
  "trust.access.free_mail.changed": {
    en: "Free-mail policy changed",
    de: "Regel für Freemail-Adressen geändert",
  },
  "trust.document.downloaded": {
    en: "Gated document downloaded",
    de: "Geschütztes Dokument heruntergeladen",
  },
  "api.key.created": { en: "API key created", de: "API-Schlüssel erstellt" },
  "api.key.revoked": { en: "API key revoked", de: "API-Schlüssel widerrufen" },
  "webhook.endpoint.created": { en: "Webhook endpoint added", de: "Webhook-Endpunkt hinzugefügt" },
  "webhook.endpoint.deleted": { en: "Webhook endpoint removed", de: "Webhook-Endpunkt entfernt" },
  "webhook.endpoint.enabled": { en: "Webhook endpoint enabled", de: "Webhook-Endpunkt aktiviert" },
  "webhook.endpoint.disabled": { en: "Webhook endpoint disabled", de: "Webhook-Endpunkt deaktiviert" },
  "webhook.test.queued": { en: "Webhook test event sent", de: "Webhook-Testereignis gesendet" },
  "audit.refusals.summarised": {
    en: "Repeated refusals summarised",
    de: "Wiederholte Ablehnungen zusammengefasst",
  },
  "audit.chain.verified": { en: "Audit log verified", de: "Audit-Protokoll geprüft" },
  "audit.log.exported": { en: "Audit log exported", de: "Audit-Protokoll exportiert" },
  "audit.chain.pruned": {
    en: "Expired audit events removed behind a signed checkpoint",
    de: "Abgelaufene Audit-Ereignisse hinter signiertem Prüfpunkt entfernt",
  },
  "dsr.task.completed": {
    en: "Request task completed in a system",
    de: "Aufgabe einer Anfrage in einem System erledigt",
  },
  "dsr.task.callback_refused": {
    en: "Connector callback refused",
    de: "Rückmeldung eines Konnektors abgelehnt",
  },
  "dsr.request.settled": {
    en: "Request status changed by its tasks",
    de: "Status der Anfrage durch ihre Aufgaben geändert",
  },
  "dsr.package.ready": { en: "Request result package ready", de: "Ergebnispaket der Anfrage bereit" },
  "dsr.package.downloaded": {
    en: "Request result package downloaded",
    de: "Ergebnispaket der Anfrage heruntergeladen",
  },
  "dsr.package.purged": {
    en: "Exported data purged after expiry",
    de: "Exportierte Daten nach Ablauf gelöscht",
  },
  "dsr.certificate.downloaded": {
    en: "Request certificate downloaded",
    de: "Nachweis der Anfrage heruntergeladen",
  },
  "dsr.connector.configured": {
    en: "System connector configured",
    de: "Konnektor eines Systems eingerichtet",
  },
  "dsr.connector.secret_rotated": {
    en: "System connector signing secret replaced",
    de: "Signaturschlüssel eines Konnektors ersetzt",
  },
  "dsr.connector.tested": { en: "System connector tested", de: "Konnektor eines Systems getestet" },
  "dsr.system_category.saved": {
    en: "Data category of a system saved",
    de: "Datenkategorie eines Systems gespeichert",
  },
  "dsr.system_category.removed": {
    en: "Data category of a system removed",
    de: "Datenkategorie eines Systems entfernt",
  },
  "retention.policy.changed": { en: "Retention policy changed", de: "Aufbewahrungsregel geändert" },
  "retention.override.changed": {
    en: "Organisation's retention period changed",
    de: "Aufbewahrungsfrist der Organisation geändert",
  },
  "retention.purge.completed": { en: "Retention purge ran", de: "Löschlauf nach Aufbewahrungsfrist" },
  "retention.certificate.downloaded": {
    en: "Retention certificate downloaded",
    de: "Zertifikat eines Löschlaufs heruntergeladen",
  },
  "hold.created": { en: "Legal hold placed", de: "Rechtliche Sperre gesetzt" },
  "hold.released": { en: "Legal hold released", de: "Rechtliche Sperre aufgehoben" },
  "hold.deletion_refused": {
    en: "Deletion refused by a legal hold",
    de: "Löschung durch rechtliche Sperre verhindert",
  },
  "org.export.requested": { en: "Organisation export requested", de: "Export der Organisation angefordert" },
  "org.export.ready": { en: "Organisation export ready", de: "Export der Organisation bereit" },
  "org.export.failed": { en: "Organisation export failed", de: "Export der Organisation fehlgeschlagen" },
  "org.export.downloaded": {
    en: "Organisation export downloaded",
    de: "Export der Organisation heruntergeladen",
  },
  "org.export.expired": {
    en: "Organisation export deleted after expiry",
    de: "Export der Organisation nach Ablauf gelöscht",
  },
  "org.closure.requested": { en: "Account closure requested", de: "Schließung des Kontos beantragt" },
  "org.closure.cancelled": { en: "Account closure cancelled", de: "Schließung des Kontos abgebrochen" },
  "org.closure.held": {
    en: "Account deletion refused by a legal hold",
    de: "Löschung des Kontos durch eine rechtliche Sperre verweigert",
  },
  "org.closure.deletion_started": { en: "Account deletion started", de: "Löschung des Kontos begonnen" },
  "org.closure.system_confirmed": {
    en: "Deletion in a manual system recorded",
    de: "Löschung in einem manuellen System erfasst",
  },
  "org.closure.system_retried": {
    en: "Connected system asked again to delete",
    de: "Angebundenes System erneut um Löschung gebeten",
  },
  "org.closure.completed": {
    en: "Organisation deleted (account closed)",
    de: "Organisation gelöscht (Konto geschlossen)",
  },
  "org.closure.certificate_downloaded": {
    en: "Deletion certificate downloaded",
    de: "Löschzertifikat heruntergeladen",
  },
  "dpa.particulars.saved": { en: "DPA particulars saved", de: "Angaben zum AVV gespeichert" },
  "dpa.version.announced": {
    en: "New DPA version sent to organisations",
    de: "Neue AVV-Fassung an Organisationen gesendet",
  },
  "dpa.accepted": { en: "DPA accepted", de: "AVV akzeptiert" },
  "dpa.receipt.downloaded": {
    en: "DPA acceptance receipt downloaded",
    de: "Bestätigung der AVV-Annahme heruntergeladen",
  },
  "dpa.signatory.named": { en: "DPA signatory named", de: "Unterzeichnende Person für den AVV benannt" },
  "dpa.signatory.removed": {
    en: "DPA signatory removed",
    de: "Unterzeichnende Person für den AVV entfernt",
  },
  "dpa.negotiated.attached": { en: "Negotiated DPA attached", de: "Individueller AVV hinterlegt" },
  "dpa.negotiated.downloaded": {
    en: "Negotiated DPA downloaded",
    de: "Individueller AVV heruntergeladen",
  },
  "dpa.reminder.sent": { en: "Reminder to accept the DPA sent", de: "Erinnerung zur AVV-Annahme gesendet" },
  "dpa.acceptances.exported": { en: "DPA acceptances exported", de: "AVV-Annahmen exportiert" },
  "records.activity.saved": {
    en: "Processing activity saved",
    de: "Verarbeitungstätigkeit gespeichert",
  },
  "records.activity.removed": {
    en: "Processing activity removed",
    de: "Verarbeitungstätigkeit entfernt",
  },
  "records.downloaded": {
    en: "Records of processing downloaded",
    de: "Verzeichnis der Verarbeitungstätigkeiten heruntergeladen",
  },
  "records.exported": {
    en: "Records of processing of all organisations exported",
    de: "Verzeichnisse aller Organisationen exportiert",
  },
  "seed.organization.created": { en: "Demo organisation created", de: "Demo-Organisation angelegt" },
  "seed.member.created": { en: "Demo member created", de: "Demo-Mitglied angelegt" },
  "seed.staff.created": { en: "Demo staff member created", de: "Demo-Mitarbeiter angelegt" },
  "seed.provider_profile.updated": { en: "Demo provider profile set", de: "Demo-Anbieterprofil gesetzt" },
  "seed.subprocessors.created": {
    en: "Demo subprocessors created",
    de: "Demo-Unterauftragsverarbeiter angelegt",
  },
  "seed.compliance.created": {
    en: "Demo compliance roadmap created",
    de: "Demo-Compliance-Fahrplan angelegt",
  },
  "seed.nda.published": { en: "Demo NDA published", de: "Demo-NDA veröffentlicht" },
  "seed.library.document.created": {
    en: "Demo library document created",
    de: "Demo-Bibliotheksdokument angelegt",
  },
  "seed.access.rule.created": { en: "Demo access rule created", de: "Demo-Zugangsregel angelegt" },
  "seed.breach.incident.created": { en: "Demo incident created", de: "Demo-Vorfall angelegt" },
  "seed.records.activities.created": {
    en: "Demo processing activities created",
    de: "Demo-Verarbeitungstätigkeiten angelegt",
  },
  "seed.dsr.request.created": {
    en: "Demo data-subject request created",
    de: "Demo-Betroffenenanfrage angelegt",
  },
};

/** Whether a stored action name is one the catalogue knows (rows written before an event was renamed are not). */
export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_EVENT_LABELS, value);
}
