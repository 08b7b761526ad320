import "server-only";
// The staff matrix (GDPR.md C2): each announced change × each organisation notified, with the notice's
// state in one word — notified, delivered, bounced, objected, accepted, deemed accepted, refused,
// approved — and the delivery failures (SMTP rejections from the outbox) by address. An answer outranks
// delivery: once an organisation answered, its emails clearly reached it. Staff pick one change (any of
// them) or see the latest six, and filter by state and by organisation name (matrix-filter.ts): the name in
// the database, the state there where it is the stored status, else after the delivery summary (one query
// for all notices, never one per notice).
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
import { MATRIX_STATES, type MatrixFilter, type MatrixState } from "./matrix-filter.ts";
import { awaitsDelivery } from "./window.ts";

export { MATRIX_STATES, type MatrixState };

/** The states a notice still NOTIFIED in the database may show (the rest are its stored status). */
const DELIVERY_STATES: readonly MatrixState[] = ["notified", "delivered", "bounced"];

export type MatrixCell = {
  noticeId: string;
  mode: SubprocessorAuthorisation;
  noticeDays: number;
  deliveredAt: Date | null;
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

/** A change staff can pick (every change that has notices, newest first). */
export type MatrixChangeOption = Pick<
  MatrixChange,
  "id" | "type" | "subprocessor" | "announcedAt" | "effectiveDate"
>;

export type NoticeMatrix = {
  /** Organisations with at least one cell that matches the filter, by name. */
  organizations: { id: string; name: string; slug: string }[];
  /** The chosen change, else the latest `take`; each with only the cells that match the filter. */
  changes: MatrixChange[];
  options: MatrixChangeOption[];
  /** The filter named a change that does not exist or has no notices. */
  unknownChange: boolean;
};

export function matrixState(status: SubprocessorNoticeStatus, delivery: NoticeDelivery): MatrixState {
  if (status !== "NOTIFIED") return status.toLowerCase() as MatrixState;
  if (delivery.accepted > 0) return "delivered";
  if (delivery.failures.length > 0 && delivery.pending === 0) return "bounced";
  return "notified";
}

const CHANGE_SELECT = {
  id: true,
  type: true,
  announcedAt: true,
  effectiveDate: true,
  subprocessor: { select: { name: true } },
} as const;

/** Prisma's `contains` is an ILIKE pattern: its wildcards (and the escape) are taken literally here. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, "\\$&");

function stateWhere(state: MatrixState | undefined): { status?: SubprocessorNoticeStatus } {
  if (!state) return {};
  if (DELIVERY_STATES.includes(state)) return { status: "NOTIFIED" };
  return { status: state.toUpperCase() as SubprocessorNoticeStatus };
}

/**
 * The chosen change, else the latest `take` changes that have notices (columns), for every organisation
 * notified of one (rows), narrowed by the filter's state and organisation name.
 */
export async function noticeMatrix(ctx: Context, filter: MatrixFilter = {}, take = 6): Promise<NoticeMatrix> {
  await authorizeStaff(ctx, "trust.subprocessors.manage");
  const withNotices = { notices: { some: {} } };
  const options = await db.subprocessorChange.findMany({
    where: withNotices,
    orderBy: [{ announcedAt: "desc" }, { id: "desc" }],
    select: CHANGE_SELECT,
  });
  const unknownChange = filter.change !== undefined && !options.some((o) => o.id === filter.change);
  const changes = unknownChange
    ? []
    : await db.subprocessorChange.findMany({
        where: filter.change ? { id: filter.change, ...withNotices } : withNotices,
        orderBy: [{ announcedAt: "desc" }, { id: "desc" }],
        take: filter.change ? 1 : take,
        select: {
          ...CHANGE_SELECT,
          notices: {
            where: {
              ...stateWhere(filter.state),
              ...(filter.q
                ? { organization: { name: { contains: likeLiteral(filter.q), mode: "insensitive" } } }
                : {}),
            },
            select: {
              id: true,
              organizationId: true,
              organization: { select: { name: true, slug: true } },
              mode: true,
              noticeDays: true,
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
  const columns = changes.map((c): MatrixChange => {
    const cells: [string, MatrixCell][] = [];
    for (const n of c.notices) {
      const delivery = deliveries.get(n.id)!;
      const state = matrixState(n.status, delivery);
      if (filter.state && state !== filter.state) continue;
      organizations.set(n.organizationId, { id: n.organizationId, ...n.organization });
      cells.push([
        n.organizationId,
        {
          noticeId: n.id,
          mode: n.mode,
          noticeDays: n.noticeDays,
          deliveredAt: n.deliveredAt,
          windowEndsAt: n.windowEndsAt,
          awaitsDelivery: awaitsDelivery({ ...n, type: c.type }),
          state,
          outcome: n.objectionOutcome,
          recipients: n.recipients.length,
          delivery,
        },
      ]);
    }
    return {
      id: c.id,
      type: c.type,
      subprocessor: c.subprocessor.name,
      announcedAt: c.announcedAt,
      effectiveDate: c.effectiveDate,
      cells: Object.fromEntries(cells),
    };
  });
  return {
    organizations: [...organizations.values()].sort((a, b) => a.name.localeCompare(b.name)),
    changes: columns,
    options: options.map((o) => ({
      id: o.id,
      type: o.type,
      subprocessor: o.subprocessor.name,
      announcedAt: o.announcedAt,
      effectiveDate: o.effectiveDate,
    })),
    unknownChange,
  };
}
