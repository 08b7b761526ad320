import "server-only";
// The staff matrix (GDPR.md C2): each announced change × each organisation notified, with the notice's
// state in one word — notified, delivered, bounced, objected, accepted, deemed accepted, refused,
// approved — and the delivery failures (SMTP rejections from the outbox) by address. An answer outranks
// delivery: once an organisation answered, its emails clearly reached it.
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import type {
  SubprocessorAuthorisation,
  SubprocessorChangeType,
  SubprocessorNoticeStatus,
  SubprocessorObjectionOutcome,
} from "../generated/prisma/enums.ts";
import { noticeDeliveries, type NoticeDelivery } from "./delivery-summary.ts";

export type MatrixState =
  "notified" | "delivered" | "bounced" | Lowercase<Exclude<SubprocessorNoticeStatus, "NOTIFIED">>;

export type MatrixCell = {
  noticeId: string;
  mode: SubprocessorAuthorisation;
  windowEndsAt: Date | null;
  /** GENERAL, unanswered and not yet delivered: its window has not opened. */
  awaitsDelivery: boolean;
  state: MatrixState;
  outcome: SubprocessorObjectionOutcome | null;
  recipients: number;
  delivery: NoticeDelivery;
};

export type MatrixChange = {
  id: string;
  type: SubprocessorChangeType;
  subprocessor: string;
  announcedAt: Date;
  effectiveDate: Date;
  /** By organisation id. */
  cells: Record<string, MatrixCell>;
};

export type NoticeMatrix = {
  organizations: { id: string; name: string; slug: string }[];
  changes: MatrixChange[];
};

export function matrixState(status: SubprocessorNoticeStatus, delivery: NoticeDelivery): MatrixState {
  if (status !== "NOTIFIED") return status.toLowerCase() as MatrixState;
  if (delivery.accepted > 0) return "delivered";
  if (delivery.failures.length > 0 && delivery.pending === 0) return "bounced";
  return "notified";
}

/** The latest `take` changes that have notices (columns), for every organisation notified of one (rows). */
export async function noticeMatrix(ctx: Context, take = 6): Promise<NoticeMatrix> {
  await authorizeStaff(ctx, "trust.subprocessors.manage");
  const changes = await db.subprocessorChange.findMany({
    where: { notices: { some: {} } },
    orderBy: [{ announcedAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      type: true,
      announcedAt: true,
      effectiveDate: true,
      subprocessor: { select: { name: true } },
      notices: {
        select: {
          id: true,
          organizationId: true,
          organization: { select: { name: true, slug: true } },
          mode: true,
          windowEndsAt: true,
          deliveredAt: true,
          status: true,
          objectionOutcome: true,
          recipients: true,
        },
      },
    },
  });
  const notices = changes.flatMap((c) => c.notices);
  const deliveries = await noticeDeliveries(db, notices);
  const organizations = new Map<string, { id: string; name: string; slug: string }>();
  for (const n of notices) organizations.set(n.organizationId, { id: n.organizationId, ...n.organization });
  return {
    organizations: [...organizations.values()].sort((a, b) => a.name.localeCompare(b.name)),
    changes: changes.map((c) => ({
      id: c.id,
      type: c.type,
      subprocessor: c.subprocessor.name,
      announcedAt: c.announcedAt,
      effectiveDate: c.effectiveDate,
      cells: Object.fromEntries(
        c.notices.map((n) => {
          const delivery = deliveries.get(n.id)!;
          const cell: MatrixCell = {
            noticeId: n.id,
            mode: n.mode,
            windowEndsAt: n.windowEndsAt,
            awaitsDelivery:
              c.type !== "REMOVE" && n.mode === "GENERAL" && n.status === "NOTIFIED" && !n.deliveredAt,
            state: matrixState(n.status, delivery),
            outcome: n.objectionOutcome,
            recipients: n.recipients.length,
            delivery,
          };
          return [n.organizationId, cell];
        }),
      ),
    })),
  };
}
