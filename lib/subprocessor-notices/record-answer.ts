import "server-only";
// Records an answer to a notice, once: a conditional update of its status (from `from`, so two answers at
// the same moment give one) and the append-only answer row its history is read from (authorised-at.ts).
import type { Tx } from "../db/client.ts";
import type { SubprocessorNoticeStatus, SubprocessorObjectionOutcome } from "../generated/prisma/enums.ts";

export type NoticeAnswer = {
  noticeId: string;
  organizationId: string;
  from: SubprocessorNoticeStatus;
  status: SubprocessorNoticeStatus;
  outcome?: SubprocessorObjectionOutcome;
  text: string;
  byName: string;
  byUserId: string | null;
  byProvider: boolean;
  at: Date;
};

/** False when the notice was no longer in `from` (someone answered first): nothing is written. */
export async function recordNoticeAnswer(tx: Tx, answer: NoticeAnswer): Promise<boolean> {
  const resolution = answer.outcome ? { objectionOutcome: answer.outcome, resolvedAt: answer.at } : {};
  const { count } = await tx.subprocessorNotice.updateMany({
    where: {
      id: answer.noticeId,
      organizationId: answer.organizationId,
      status: answer.from,
      ...(answer.outcome ? { resolvedAt: null } : {}),
    },
    data: { status: answer.status, ...resolution },
  });
  if (count === 0) return false;
  await tx.subprocessorNoticeAnswer.create({
    data: {
      noticeId: answer.noticeId,
      organizationId: answer.organizationId,
      status: answer.status,
      outcome: answer.outcome ?? null,
      text: answer.text,
      byName: answer.byName,
      byUserId: answer.byUserId,
      byProvider: answer.byProvider,
      at: answer.at,
    },
  });
  return true;
}
