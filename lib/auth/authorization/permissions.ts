// Who may do what: a table in code, deny by default (SECURITY.md S11).
// Customer roles act inside one organisation; staff roles act in the staff console.
import type { CustomerRole, StaffRole } from "../../generated/prisma/enums.ts";

export const CUSTOMER_ACTIONS = [
  "org.view",
  "org.members.view",
  "org.members.manage",
  "org.settings.manage",
  /**
   * Policies that can shut members out, owners included: the IP allow-list, "Microsoft sign-in only", and
   * the Microsoft connection while sign-in requires it (S23). An owner's decision.
   */
  "org.access.restrict",
  /**
   * Read the organisation's own audit log, export it and verify its chain: owners, admins and auditors
   * (issue 13); a privacy officer works requests and breaches, an auditor checks the record.
   */
  "org.audit.view",
  "org.sso.manage",
  /** Read the organisation's breach notifications and download evidence packs. */
  "org.breaches.view",
  /** Acknowledge a breach notification and record the organisation's own authority notification (B4). */
  "org.breaches.respond",
  /** Read the organisation's data-subject requests, their packages and erasure certificates. */
  "org.dsr.view",
  /** File, import, cancel and instruct data-subject requests (A7: the controller's instruction). */
  "org.dsr.manage",
  /** API keys and webhook endpoints for the controller API (/api/v1). */
  "org.api.manage",
  /** Shorten a retention period for the organisation within the provider's bounds; read its purge evidence. */
  "org.retention.manage",
  /** Export everything Article28 holds for the organisation and download the export (D4, H1). */
  "org.export.manage",
  /** Close the organisation's account (D4): ask for it, choose return or deletion, cancel. Owners only. */
  "org.closure.manage",
  /** Read the organisation's DPA acceptances, download their receipts and its negotiated DPA (D3). */
  "org.dpa.view",
  /** Accept the current DPA version and name the members who may accept it too (D3). Owners and admins. */
  "org.dpa.accept",
  /** Read the organisation's subprocessor notices and which subprocessors apply to it (C1/C2). */
  "org.subprocessors.view",
  /** Object to a subprocessor (general authorisation), accept, approve or refuse one (specific). */
  "org.subprocessors.respond",
  /**
   * Read and download the organisation's records of processing (Art. 30(2), ADR 0031): owners, admins,
   * privacy officers and auditors (the controller's own records duty); not MEMBER.
   */
  "org.records.view",
] as const;
export type CustomerAction = (typeof CUSTOMER_ACTIONS)[number];

export const STAFF_ACTIONS = [
  "admin.view",
  "admin.mail.view",
  "admin.audit.view",
  "admin.organizations.view",
  /**
   * Create customer organisations, invite their first owner and change their contract settings (breach
   * window, DSR days, default time zone and language). ADMIN and PRIVACY: the breach window and DSR days
   * are terms of the customer's DPA, which the privacy team negotiates and answers for. Not SECURITY, who
   * run incidents and would otherwise set the very deadline their breach notices are measured against
   * (separation of duties); not SUPPORT, who read customers' set-up but do not change contracts or hand
   * out owner access; not CONTENT, who look after the public pages.
   */
  "admin.organizations.manage",
  "admin.users.view",
  "admin.users.manage",
  /** Trust documents, compliance roadmap, provider profile shown on the public pages. */
  "trust.content.manage",
  /** Subprocessor list and change announcements. */
  "trust.subprocessors.manage",
  /** Document library uploads and NDA versions. */
  "trust.library.manage",
  /** Gated-document access requests: decide, revoke, rules, download log. */
  "trust.access.review",
  /** Provider settings (legal entity, contacts, branding, security.txt). */
  "provider.settings.manage",
  /** The breach register, its export and the notification dashboard. */
  "breach.view",
  /** Record incidents, assess severity, declare breaches, compose and send notices. */
  "breach.manage",
  /** Approve or refuse organisations' claims to email domains for Microsoft sign-in (S27). */
  "sso.domains.review",
  /** The data-subject-request queue: read requests across organisations. */
  "dsr.view",
  /** Work requests: assign, comment, run, extend, decline, complete manual tasks, route forwarded requests. */
  "dsr.manage",
  /** Connected data systems: which organisations' data each holds and its connector (endpoint, secret). */
  "systems.manage",
  /** Retention policies (periods and the bounds customers may shorten within), dry runs, purge evidence (G1, G3). */
  "retention.manage",
  /** Place and release legal holds; read the deletions they refused (G2, G4). */
  "holds.manage",
  /** The queue of customers' objections to subprocessors: resolve each with a recorded outcome (C2). */
  "subprocessors.objections.resolve",
  /** Describe the processing activities of the records of processing (ADR 0031). ADMIN and PRIVACY. */
  "records.activities.manage",
] as const;
export type StaffAction = (typeof STAFF_ACTIONS)[number];

const CUSTOMER_PERMISSIONS: Record<CustomerRole, readonly CustomerAction[]> = {
  OWNER: CUSTOMER_ACTIONS,
  ADMIN: CUSTOMER_ACTIONS.filter(
    (action) => action !== "org.access.restrict" && action !== "org.closure.manage",
  ),
  PRIVACY_OFFICER: [
    "org.view",
    "org.members.view",
    "org.breaches.view",
    "org.breaches.respond",
    "org.dsr.view",
    "org.dsr.manage",
    "org.dpa.view",
    "org.subprocessors.view",
    "org.subprocessors.respond",
    "org.records.view",
  ],
  AUDITOR: [
    "org.view",
    "org.members.view",
    "org.audit.view",
    "org.breaches.view",
    "org.dsr.view",
    "org.dpa.view",
    "org.subprocessors.view",
    "org.records.view",
  ],
  MEMBER: ["org.view", "org.subprocessors.view"],
};

const STAFF_PERMISSIONS: Record<StaffRole, readonly StaffAction[]> = {
  ADMIN: STAFF_ACTIONS,
  SECURITY: [
    "admin.view",
    "admin.audit.view",
    "admin.organizations.view",
    "admin.users.view",
    "admin.users.manage",
    "trust.library.manage",
    "trust.access.review",
    "breach.view",
    "breach.manage",
    "sso.domains.review",
  ],
  PRIVACY: [
    "admin.view",
    "admin.audit.view",
    "admin.organizations.view",
    "admin.organizations.manage",
    "trust.subprocessors.manage",
    "trust.access.review",
    "breach.view",
    "dsr.view",
    "dsr.manage",
    "retention.manage",
    "holds.manage",
    "subprocessors.objections.resolve",
    "records.activities.manage",
  ],
  CONTENT: [
    "admin.view",
    "trust.content.manage",
    "trust.subprocessors.manage",
    "trust.library.manage",
    "trust.access.review",
  ],
  SUPPORT: ["admin.view", "admin.mail.view", "admin.organizations.view", "admin.users.view", "dsr.view"],
};

export function customerCan(role: CustomerRole | null | undefined, action: CustomerAction): boolean {
  return role ? CUSTOMER_PERMISSIONS[role].includes(action) : false;
}

export function staffCan(roles: readonly StaffRole[], action: StaffAction): boolean {
  return roles.some((role) => STAFF_PERMISSIONS[role].includes(action));
}

export function isStaffAction(value: string): value is StaffAction {
  return (STAFF_ACTIONS as readonly string[]).includes(value);
}
