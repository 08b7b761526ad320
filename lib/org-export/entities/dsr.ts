// Data-subject requests and their results (A1–A17): every request, its deadline changes, its tasks in
// the connected systems (what was done where, never the exported data itself, which lives only in the
// request's package while its link lives) and its result packages (hashes, files, rows). The subject's
// identifiers and the request's details are exported only while the request is open (A15: they are
// sealed while it is open and gone once it closes); the keyed hash that remains is Article28's own
// duplicate check and is not exported. Staff notes and who of the provider's staff worked it are the
// provider's records.
import { isOpenStatus } from "../../dsr/statuses.ts";
import { openDetails, openSubject } from "../../dsr/subject.ts";
import { afterId, columns, defineEntity, pagesById, type ExportRow } from "../entity.ts";

export const dsrRequestsEntity = defineEntity({
  name: "dsr-requests",
  title: "Data-subject requests",
  about:
    "Every data-subject request of the organisation. The subject's identifiers and the request's details are included only while the request is open; once it closes Article28 no longer holds them.",
  columns: columns({
    id: "the request's id",
    reference: "the request's reference (DSR-<year>-<number>)",
    type: "ACCESS, ERASURE, RECTIFICATION, RESTRICTION, PORTABILITY or OBJECTION",
    status: "FORWARDED, OPEN, IN_PROGRESS, COMPLETED, DECLINED or CANCELLED",
    source: "PORTAL, CSV_IMPORT, API or FORWARDED",
    subject_email: "the subject's email address (open requests only)",
    subject_external_id: "the subject's id in the organisation's systems (open requests only)",
    details: "corrections or scope as JSON (open requests only)",
    received_at: "when the organisation received the request (UTC)",
    legal_due_at: "the legal due date (UTC)",
    processor_due_at: "the processor's contractual due date (UTC)",
    instruction_reference: "the organisation's own reference",
    note: "the organisation's note",
    identity_attested_at: "when the organisation attested it verified the subject's identity (UTC)",
    instructed_at: "when the organisation's instruction was recorded (UTC)",
    decline_reason: "why the request was declined",
    closed_at: "when it closed (UTC)",
    created_at: "when it was recorded (UTC)",
  }),
  count: ({ tx, organizationId }) => tx.dataSubjectRequest.count({ where: { organizationId } }),
  pages: ({ tx, organizationId, pageSize }) =>
    pagesById(
      pageSize,
      (after, take) =>
        tx.dataSubjectRequest.findMany({
          where: { organizationId, ...afterId(after) },
          orderBy: { id: "asc" },
          take,
        }),
      (r): ExportRow => {
        const open = isOpenStatus(r.status) && r.subjectSealed !== null;
        const subject = open ? openSubject(r.id, r.subjectSealed!) : null;
        return {
          id: r.id,
          reference: r.reference,
          type: r.type,
          status: r.status,
          source: r.source,
          subject_email: subject?.email ?? null,
          subject_external_id: subject?.externalId ?? null,
          details: open ? (openDetails(r.id, r.detailsSealed) ?? null) : null,
          received_at: r.receivedAt,
          legal_due_at: r.legalDueAt,
          processor_due_at: r.processorDueAt,
          instruction_reference: r.instructionReference,
          note: r.note,
          identity_attested_at: r.identityAttestedAt,
          instructed_at: r.instructedAt,
          decline_reason: r.declineReason,
          closed_at: r.closedAt,
          created_at: r.createdAt,
        };
      },
    ),
});

export const dsrDeadlineChangesEntity = defineEntity({
  name: "dsr-deadline-changes",
  title: "Deadline changes of data-subject requests",
  about: "Every change of a request's legal due date (A2, A16) with its reason.",
  columns: columns({
    id: "the change's id",
    request_id: "the request (dsr-requests.id)",
    kind: "EXTENSION or INSTRUCTED",
    previous_due_at: "the due date before (UTC)",
    new_due_at: "the due date after (UTC)",
    reason: "the reason given",
    at: "when it changed (UTC)",
    controller_told_at: "when the notice to the organisation was queued (UTC)",
  }),
  count: ({ tx, organizationId }) => tx.dsrDeadlineChange.count({ where: { request: { organizationId } } }),
  pages: ({ tx, organizationId, pageSize }) =>
    pagesById(
      pageSize,
      (after, take) =>
        tx.dsrDeadlineChange.findMany({
          where: { request: { organizationId }, ...afterId(after) },
          orderBy: { id: "asc" },
          take,
        }),
      (c) => ({
        id: c.id,
        request_id: c.requestId,
        kind: c.kind,
        previous_due_at: c.previousDueAt,
        new_due_at: c.newDueAt,
        reason: c.reason,
        at: c.at,
        controller_told_at: c.controllerToldAt,
      }),
    ),
});

export const dsrTasksEntity = defineEntity({
  name: "dsr-tasks",
  title: "Tasks of data-subject requests",
  about:
    "What each connected system did for each request: action, outcome, records and fields, the ground when it kept data, and where it passed the change on (A11, A14, A17). The exported personal data itself is not included.",
  columns: columns({
    id: "the task's id",
    request_id: "the request (dsr-requests.id)",
    system_key: "the system's key",
    system_name: "the system's name",
    action: "EXPORT, ERASE, ABSENCE_CHECK, RECTIFY, RESTRICT, LIFT_RESTRICTION or OBJECT",
    status: "PENDING, WAITING, DONE, NOT_FOUND, BLOCKED, FAILED or CANCELLED",
    attempts: "delivery attempts",
    records: "records exported, removed or changed",
    fields: "fields concerned",
    ground: "the ground on which data was kept (BLOCKED)",
    blocked_until: "until when it is kept (UTC)",
    absent: "after an erasure: the subject was found absent",
    evidence_note: "the provider's evidence for a task done by hand",
    evidence_file_name: "the name of the evidence file (the file is not included)",
    recipients: "where the system passed the change on, as JSON",
    completed_at: "when it completed (UTC)",
    created_at: "when it was created (UTC)",
  }),
  count: ({ tx, organizationId }) => tx.dsrTask.count({ where: { request: { organizationId } } }),
  pages: ({ tx, organizationId, pageSize }) =>
    pagesById(
      pageSize,
      (after, take) =>
        tx.dsrTask.findMany({
          where: { request: { organizationId }, ...afterId(after) },
          orderBy: { id: "asc" },
          take,
          select: {
            id: true,
            requestId: true,
            action: true,
            status: true,
            attempts: true,
            records: true,
            fields: true,
            ground: true,
            blockedUntil: true,
            absent: true,
            evidenceNote: true,
            evidenceFileName: true,
            recipients: true,
            completedAt: true,
            createdAt: true,
            dataSystem: { select: { key: true, name: true } },
          },
        }),
      (t): ExportRow => ({
        id: t.id,
        request_id: t.requestId,
        system_key: t.dataSystem.key,
        system_name: t.dataSystem.name,
        action: t.action,
        status: t.status,
        attempts: t.attempts,
        records: t.records,
        fields: t.fields,
        ground: t.ground,
        blocked_until: t.blockedUntil,
        absent: t.absent,
        evidence_note: t.evidenceNote,
        evidence_file_name: t.evidenceFileName,
        recipients: (t.recipients ?? null) as ExportRow[string],
        completed_at: t.completedAt,
        created_at: t.createdAt,
      }),
    ),
});

export const dsrPackagesEntity = defineEntity({
  name: "dsr-packages",
  title: "Result packages of data-subject requests",
  about:
    "The access and portability packages (A9): when each was ready, until when its link lived, its SHA-256, files, rows and downloads. The packages' contents are the subjects' data and are downloaded from each request while their link lives.",
  columns: columns({
    id: "the package's id",
    request_id: "the request (dsr-requests.id)",
    ready_at: "when it was ready (UTC)",
    expires_at: "when its link expires (UTC)",
    purged_at: "when its data was purged (UTC)",
    sha256: "the ZIP's SHA-256",
    files: "files in the ZIP",
    rows: "data rows in the ZIP",
    downloads: "how often it was downloaded",
  }),
  count: ({ tx, organizationId }) => tx.dsrPackage.count({ where: { request: { organizationId } } }),
  pages: ({ tx, organizationId, pageSize }) =>
    pagesById(
      pageSize,
      (after, take) =>
        tx.dsrPackage.findMany({
          where: { request: { organizationId }, ...afterId(after) },
          orderBy: { id: "asc" },
          take,
          include: { _count: { select: { downloads: true } } },
        }),
      (p) => ({
        id: p.id,
        request_id: p.requestId,
        ready_at: p.readyAt,
        expires_at: p.expiresAt,
        purged_at: p.purgedAt,
        sha256: p.sha256,
        files: p.files,
        rows: p.rows,
        downloads: p._count.downloads,
      }),
    ),
});
