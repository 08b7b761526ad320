// Words the audit domain itself writes (staff console and exports: English): why a filter of the staff
// audit log was left out, and the readable names of the kinds of record an event is about.
export const AUDIT_LOG_MESSAGES = {
  filter: {
    organization: "The organisation is not one we know; the provider's log is shown.",
    event: "The event type is not one we know; all event types are shown.",
    day: "The date is not a day of the form YYYY-MM-DD between 2000 and 2100; it was left out.",
    periodOrder: "The period ends before it starts; its end was left out.",
  },
  unknownOrganization: { en: "There is no such organisation." },
  /** An event whose action the catalogue no longer knows (written before a rename). */
  unknownEvent: (action: string) => `Unknown event (${action})`,
} as const;

/** Readable names of the records events are about (AuditEvent.targetType). */
export const AUDIT_TARGET_NAMES: Record<string, string> = {
  AccessGrant: "Document access",
  AccessRequest: "Access request",
  AccessRule: "Access rule",
  AuditChain: "Audit log",
  ComplianceItem: "Compliance item",
  ComplianceRoadmap: "Compliance roadmap",
  DataSubjectRequest: "Data-subject request",
  DirectRequest: "Request from a data subject",
  Incident: "Incident",
  IncidentNotification: "Breach notification",
  Invitation: "Invitation",
  LibraryDocument: "Library document",
  Membership: "Membership",
  NdaTemplate: "NDA",
  NoticePhase: "Breach notice",
  Organization: "Organisation",
  ProviderSettings: "Provider settings",
  Session: "Session",
  StaffInvitation: "Staff invitation",
  SsoConnection: "Microsoft sign-in connection",
  SsoDomainClaim: "Email domain claim",
  SsoIdentity: "Microsoft account",
  Subprocessor: "Subprocessor",
  SubprocessorChange: "Subprocessor change",
  SubprocessorList: "Subprocessor list",
  Subscriber: "Subscriber",
  TrustDocument: "Policy document",
  TrustDocumentDraft: "Policy document draft",
  TrustDocumentVersion: "Policy document version",
  User: "User",
};
