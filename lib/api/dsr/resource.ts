// What the API answers about a data-subject request: the same facts as the portal (lib/dsr/list.ts,
// lib/dsr/detail.ts), as JSON whose shape is a zod schema, so the OpenAPI document describes exactly
// what is sent (lib/api/openapi). Due dates carry their calendar day and the organisation's time zone
// (A1: a request is due at the end of that day there) as well as the instant. Never the subject's
// identifiers or the note (A15: the controller has them; the API does not echo personal data).
import { z } from "zod";
import {
  DsrDeadlineChangeKind,
  DsrSource,
  DsrStatus,
  DsrTaskAction,
  DsrTaskStatus,
  DsrType,
} from "../../generated/prisma/enums.ts";
import { dayIn } from "../../dsr/deadlines.ts";
import type { DsrDetail } from "../../dsr/detail.ts";
import type { DsrSummary } from "../../dsr/list.ts";

const values = <T extends Record<string, string>>(e: T) => Object.values(e) as [T[keyof T], ...T[keyof T][]];
const instant = z.iso.datetime({ offset: true }).meta({ example: "2027-03-05T09:30:00.000Z" });

export const dueDate = z
  .object({
    date: z.iso
      .date()
      .meta({ description: "The calendar day it is due on, in `timeZone`.", example: "2027-04-05" }),
    at: instant.meta({
      description: "The last moment of that day in `timeZone` (UTC).",
      example: "2027-04-05T21:59:59.999Z",
    }),
    timeZone: z
      .string()
      .meta({ description: "IANA time zone the day is counted in.", example: "Europe/Berlin" }),
    overdue: z.boolean().meta({ description: "The request is still open and the moment has passed." }),
  })
  .meta({ id: "DueDate" });

export const progress = z
  .object({
    total: z.int(),
    pending: z.int(),
    waiting: z.int(),
    done: z.int(),
    notFound: z.int(),
    blocked: z.int(),
    failed: z.int(),
    cancelled: z.int(),
  })
  .meta({
    id: "DsrProgress",
    description: "How many of the request's tasks (one per system and action) are in each state.",
  });

export const dsrSummaryResource = z
  .object({
    id: z.string(),
    reference: z.string().meta({ example: "DSR-2027-0042" }),
    type: z.enum(values(DsrType)),
    status: z.enum(values(DsrStatus)),
    source: z.enum(values(DsrSource)),
    receivedAt: instant.meta({ description: "When you received the request from the data subject." }),
    legalDue: dueDate.extend({ extended: z.boolean() }).meta({
      description: "The legal due date (Art. 12(3) GDPR: receipt + one month; extended by up to two months).",
    }),
    processorDue: dueDate.meta({ description: "Our contractual due date, before the legal one." }),
    progress,
    createdAt: instant,
  })
  .meta({ id: "DsrRequestSummary" });

export const dsrResource = dsrSummaryResource
  .extend({
    instructionReference: z.string().meta({ description: "Your reference for the instruction." }),
    closedAt: instant.nullable(),
    declineReason: z.string().nullable(),
    systems: z
      .array(
        z.object({
          system: z.string().meta({ example: "Product database" }),
          action: z.enum(values(DsrTaskAction)),
          status: z.enum(values(DsrTaskStatus)),
          records: z.int().nullable().meta({ description: "Records exported, removed or changed." }),
          fields: z.array(z.string()),
          ground: z.string().nullable().meta({ description: "Why data was kept (blocked tasks)." }),
          blockedUntil: instant.nullable(),
          completedAt: instant.nullable(),
          updatedAt: instant,
        }),
      )
      .meta({ description: "Per-system progress: one entry per connected system and action." }),
    deadlineChanges: z.array(
      z.object({
        kind: z.enum(values(DsrDeadlineChangeKind)),
        previousDueAt: instant,
        newDueAt: instant,
        reason: z.string(),
        at: instant,
      }),
    ),
    openDuplicates: z
      .array(z.object({ id: z.string(), reference: z.string() }))
      .meta({ description: "Other open requests of the same subject and type (a fact, not a refusal)." }),
  })
  .meta({ id: "DsrRequest" });

export const dsrListResource = z
  .object({
    data: z.array(dsrSummaryResource),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: "Pass as `cursor` for the next page; null on the last." }),
  })
  .meta({ id: "DsrRequestList" });

export type DsrSummaryResource = z.infer<typeof dsrSummaryResource>;
export type DsrResource = z.infer<typeof dsrResource>;

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

function due(at: Date, timeZone: string, overdue: boolean) {
  return { date: dayIn(at, timeZone).toISOString().slice(0, 10), at: iso(at), timeZone, overdue };
}

export function toSummaryResource(request: DsrSummary, timeZone: string): DsrSummaryResource {
  const p = request.progress;
  return {
    id: request.id,
    reference: request.reference,
    type: request.type,
    status: request.status,
    source: request.source,
    receivedAt: iso(request.receivedAt),
    legalDue: { ...due(request.legalDueAt, timeZone, request.legalOverdue), extended: request.extended },
    processorDue: due(request.processorDueAt, timeZone, request.processorOverdue),
    progress: {
      total: p.total,
      pending: p.PENDING,
      waiting: p.WAITING,
      done: p.DONE,
      notFound: p.NOT_FOUND,
      blocked: p.BLOCKED,
      failed: p.FAILED,
      cancelled: p.CANCELLED,
    },
    createdAt: iso(request.createdAt),
  };
}

export function toResource(request: DsrDetail): DsrResource {
  return {
    ...toSummaryResource(request, request.organization.timeZone),
    instructionReference: request.instructionReference,
    closedAt: isoOrNull(request.closedAt),
    declineReason: request.declineReason,
    systems: request.tasks.map((task) => ({
      system: task.system,
      action: task.action,
      status: task.status,
      records: task.records,
      fields: task.fields,
      ground: task.ground,
      blockedUntil: isoOrNull(task.blockedUntil),
      completedAt: isoOrNull(task.completedAt),
      updatedAt: iso(task.updatedAt),
    })),
    deadlineChanges: request.deadlineChanges.map((change) => ({
      kind: change.kind,
      previousDueAt: iso(change.previousDueAt),
      newDueAt: iso(change.newDueAt),
      reason: change.reason,
      at: iso(change.at),
    })),
    openDuplicates: request.sameSubjectOpen,
  };
}
