import "server-only";
// What a data subject wrote through the public form is kept only while someone needs it (A15): until the
// request staff routed it to closes (instructed and finished, declined, cancelled, or not instructed), or
// for DIRECT_CONTENT_DAYS after staff closed it as concerning none of our customers (time to answer a
// follow-up). Then the sealed content is cleared; type, dates, routing and the closing reason stay. One
// provider-chain event per message cleared. Runs with the package purge every ten minutes.
import { SYSTEM_ACTOR } from "../../audit/record.ts";
import { db } from "../../db/client.ts";
import type { Clock } from "../../time/clock.ts";
import { auditForProvider, dsrEvent } from "../audit.ts";
import { DIRECT_CONTENT_DAYS } from "./content.ts";

export async function purgeDirectContent(clock: Clock): Promise<{ purged: number }> {
  const now = clock.now();
  const closedBefore = new Date(now.getTime() - DIRECT_CONTENT_DAYS * 86_400_000);
  return db.$transaction(async (tx) => {
    const due = await tx.directRequest.findMany({
      where: {
        contentSealed: { not: null },
        OR: [
          { status: "CLOSED", handledAt: { lte: closedBefore } },
          { status: "ROUTED", routedRequestId: null },
          { status: "ROUTED", routedRequest: { is: { closedAt: { not: null } } } },
        ],
      },
      select: { id: true, status: true },
      take: 500,
    });
    if (due.length === 0) return { purged: 0 };
    // Claimed under the condition again, so two runs at once clear (and audit) each message once.
    const claimed = await tx.$queryRaw<{ id: string; status: string }[]>`
      UPDATE "DirectRequest" SET "contentSealed" = NULL, "contentPurgedAt" = ${now}
      WHERE id = ANY(${due.map((d) => d.id)}) AND "contentSealed" IS NOT NULL
      RETURNING id, status::text`;
    await auditForProvider(
      tx,
      { actor: SYSTEM_ACTOR, clock },
      claimed.map((row) =>
        dsrEvent(
          "dsr.direct_request.content_purged",
          { type: "DirectRequest", id: row.id },
          { status: row.status, keptDaysAfterClosing: DIRECT_CONTENT_DAYS },
        ),
      ),
    );
    return { purged: claimed.length };
  });
}
