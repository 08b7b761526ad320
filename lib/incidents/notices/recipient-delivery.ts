import "server-only";
// Delivery of an incident's notices per recipient (ADR 0016): for every phase sent to an organisation,
// each address and what became of its email — accepted by an SMTP server (and when), queued, retrying,
// or failed with the server's answer. Read from the outbox rows the sender wrote (./outbox-key.ts).
// Staff see every organisation, problems first and bounded (an incident can reach thousands of
// organisations); the portal sees its own organisation only.
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { OutboxStatus } from "../../generated/prisma/enums.ts";
import {
  DELIVERY_KINDS,
  deliveryState,
  type DeliveryKind,
  type DeliveryState,
} from "../../mail/delivery-state.ts";

export type RecipientDelivery = {
  phase: number;
  organizationId: string;
  organizationName: string;
  address: string;
  state: DeliveryState;
};

export type IncidentDelivery = {
  /** Emails per state, over every phase and organisation. */
  counts: Record<DeliveryKind, number>;
  total: number;
  /** Failed, retrying and queued emails first, then accepted ones; at most `limit`. */
  rows: RecipientDelivery[];
};

export const DELIVERY_ROWS_LIMIT = 200;

type Row = {
  phase: number;
  organizationId: string;
  organizationName: string;
  address: string;
  status: OutboxStatus | null;
  attempts: number | null;
  lastError: string | null;
  sentAt: Date | null;
  nextAttemptAt: Date | null;
  rank: number;
};

// The outbox key is built as in ./outbox-key.ts: "breach:<phaseId>:<organizationId>:<address>". The rank
// orders problems first (failed 0, retrying 1, queued 2, accepted 3) as DELIVERY_KINDS does; the state
// shown is always deliveryState()'s.
function recipientRows(incidentId: string, organizationId: string | null) {
  const organization = organizationId ? Prisma.sql`AND n."organizationId" = ${organizationId}` : Prisma.empty;
  return Prisma.sql`
    SELECT p.number AS phase, n."organizationId", o.name AS "organizationName", r.address,
           e.status, e.attempts, e."lastError", e."sentAt", e."nextAttemptAt",
           CASE WHEN e.status = 'FAILED' THEN 0 WHEN e.status = 'SENT' THEN 3
                WHEN e.attempts > 0 THEN 1 ELSE 2 END AS rank
    FROM "NoticeDelivery" d
    JOIN "IncidentNotification" n ON n.id = d."notificationId"
    JOIN "Organization" o ON o.id = n."organizationId"
    JOIN "NoticePhase" p ON p.id = d."phaseId"
    CROSS JOIN LATERAL unnest(d.recipients) AS r(address)
    LEFT JOIN "OutboxEmail" e
      ON e."idempotencyKey" = 'breach:' || d."phaseId" || ':' || n."organizationId" || ':' || r.address
    WHERE n."incidentId" = ${incidentId} ${organization}`;
}

function toDelivery(row: Row): RecipientDelivery {
  const state = row.status
    ? deliveryState({
        status: row.status,
        attempts: row.attempts ?? 0,
        lastError: row.lastError,
        sentAt: row.sentAt,
        nextAttemptAt: row.nextAttemptAt ?? new Date(0),
      })
    : ({ kind: "queued" } as const);
  return {
    phase: row.phase,
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    address: row.address,
    state,
  };
}

/** Staff (breach.view): the incident's emails per recipient, problems first, with counts per state. */
export async function loadIncidentDelivery(
  ctx: Context,
  incidentId: string,
  options: { limit?: number } = {},
): Promise<IncidentDelivery> {
  await authorizeStaff(ctx, "breach.view");
  const base = recipientRows(incidentId, null);
  const [ranks, rows] = await Promise.all([
    db.$queryRaw<{ rank: number; count: bigint }[]>`
      SELECT rank, count(*) AS count FROM (${base}) AS recipient GROUP BY rank`,
    db.$queryRaw<Row[]>`
      SELECT * FROM (${base}) AS recipient
      ORDER BY rank, "organizationName", "organizationId", phase DESC, address
      LIMIT ${options.limit ?? DELIVERY_ROWS_LIMIT}`,
  ]);
  const counts = Object.fromEntries(DELIVERY_KINDS.map((kind) => [kind, 0])) as Record<DeliveryKind, number>;
  for (const { rank, count } of ranks) counts[DELIVERY_KINDS[rank]!] += Number(count);
  return {
    counts,
    total: Object.values(counts).reduce((sum, n) => sum + n, 0),
    rows: rows.map(toDelivery),
  };
}

/**
 * One organisation's emails of the incident's notices, newest phase first. The caller has authorised
 * the organisation (lib/incidents/notifications/detail.ts derives it from the notification).
 */
export async function organizationDelivery(
  incidentId: string,
  organizationId: string,
): Promise<RecipientDelivery[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT * FROM (${recipientRows(incidentId, organizationId)}) AS recipient
    ORDER BY phase DESC, address`;
  return rows.map(toDelivery);
}

/** Emails per state for each sent phase of the incident (the notice page's phase cards). */
export async function deliveryCountsByPhase(
  incidentId: string,
): Promise<Map<number, Record<DeliveryKind, number>>> {
  const rows = await db.$queryRaw<{ phase: number; rank: number; count: bigint }[]>`
    SELECT phase, rank, count(*) AS count FROM (${recipientRows(incidentId, null)}) AS recipient
    GROUP BY phase, rank`;
  const byPhase = new Map<number, Record<DeliveryKind, number>>();
  for (const { phase, rank, count } of rows) {
    const counts =
      byPhase.get(phase) ??
      (Object.fromEntries(DELIVERY_KINDS.map((kind) => [kind, 0])) as Record<DeliveryKind, number>);
    counts[DELIVERY_KINDS[rank]!] += Number(count);
    byPhase.set(phase, counts);
  }
  return byPhase;
}
