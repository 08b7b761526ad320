import "server-only";
// Staff comments on a request: for the provider's staff only, never shown to the controller. Audited in
// the provider's chain (how long, not what).
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { auditForProvider, dsrEvent } from "../audit.ts";
import { authorizeDsrStaff } from "./authorize.ts";
import type { CommentInput } from "./input.ts";
import { lockedRequest } from "./load.ts";

export async function addComment(ctx: Context, input: CommentInput): Promise<{ id: string }> {
  const { staff, audit } = await authorizeDsrStaff(ctx, "dsr.manage");
  return db.$transaction(async (tx) => {
    const request = await lockedRequest(tx, input.id);
    const comment = await tx.dsrComment.create({
      data: {
        requestId: request.id,
        authorId: staff.actor.userId,
        body: input.body,
        createdAt: ctx.clock.now(),
      },
      select: { id: true },
    });
    await auditForProvider(tx, audit, [
      dsrEvent(
        "dsr.request.commented",
        { type: "DataSubjectRequest", id: request.id },
        { reference: request.reference, characters: input.body.length },
      ),
    ]);
    return comment;
  });
}
