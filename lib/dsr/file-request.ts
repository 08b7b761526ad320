import "server-only";
// A controller files a data-subject request (A7: its recorded instruction; OWNER, ADMIN and
// PRIVACY_OFFICER, org.dsr.manage): authorised against the organisation named in the URL, the receipt
// not in the future by the caller's clock, then stored with its tasks in one transaction
// (./insert-request.ts).
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import type { Clock } from "../time/clock.ts";
import { auditContextOf } from "./audit.ts";
import { insertInstructedRequest, type FiledRequest, type InstructedSource } from "./insert-request.ts";
import { DSR_MESSAGES } from "./messages.ts";
import type { DsrRequestInput } from "./request-input.ts";

export type { FiledRequest } from "./insert-request.ts";

/** Clocks differ a little between a controller's systems and ours; a minute is not "the future". */
const CLOCK_SKEW_MS = 60_000;

export function receivedInFuture(receivedAt: Date, clock: Clock): boolean {
  return receivedAt.getTime() > clock.now().getTime() + CLOCK_SKEW_MS;
}

export function assertReceivedNotInFuture(receivedAt: Date, clock: Clock): void {
  if (receivedInFuture(receivedAt, clock)) throw new AppError("invalid", DSR_MESSAGES.receivedInFuture);
}

export async function fileRequest(
  ctx: Context,
  organizationSlug: string,
  input: DsrRequestInput,
  source: InstructedSource,
): Promise<FiledRequest> {
  const org = await authorizeOrgBySlug(ctx, organizationSlug, "org.dsr.manage");
  assertReceivedNotInFuture(input.receivedAt, ctx.clock);
  return db.$transaction(
    (tx) =>
      insertInstructedRequest(
        tx,
        { ...auditContextOf(org), organizationId: org.organizationId, userId: org.actor.userId },
        input,
        source,
      ),
    { maxWait: 10_000, timeout: 20_000 },
  );
}
