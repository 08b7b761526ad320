import "server-only";
// A controller files a data-subject request (A7: its recorded instruction; OWNER, ADMIN and
// PRIVACY_OFFICER, org.dsr.manage): authorised against the organisation named in the URL, the receipt
// not in the future by the caller's clock, then stored with its tasks in one transaction
// (./insert-request.ts).
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { auditContextOf } from "./audit.ts";
import { insertInstructedRequest, type FiledRequest, type InstructedSource } from "./insert-request.ts";
import { assertReceivedNotInFuture } from "./received.ts";
import type { DsrRequestInput } from "./request-input.ts";

export type { FiledRequest } from "./insert-request.ts";

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
