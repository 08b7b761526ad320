// A request as staff change it: locked first (../request-lock.ts), then read; an unknown id is not_found.
import type { Tx } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { lockRequest } from "../request-lock.ts";

export async function lockedRequest(tx: Tx, id: string) {
  await lockRequest(tx, id);
  const request = await tx.dataSubjectRequest.findUnique({
    where: { id },
    select: {
      id: true,
      organizationId: true,
      reference: true,
      type: true,
      status: true,
      receivedAt: true,
      legalDueAt: true,
      processorDueAt: true,
      assigneeId: true,
    },
  });
  if (!request) throw new AppError("not_found");
  return request;
}
