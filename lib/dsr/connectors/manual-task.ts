import "server-only";
// Staff complete a MANUAL system's task (PRIVACY or ADMIN staff, dsr.manage): the outcome as a connected
// system would answer (done / not found / blocked with its ground / failed; records, fields; the absence
// answer of an absence check), an evidence note, and optionally an evidence file (manual-evidence.ts). For
// an EXPORT task, a JSON file in the protocol's export shape becomes the exported data. The result goes
// through the same path as a system's answer (apply-result.ts: once only, audited in both chains, the
// absence check after an erasure, the request settled).
import { z } from "zod";
import { userActor } from "../../audit/record.ts";
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { DsrStatus, DsrTaskStatus } from "../../generated/prisma/enums.ts";
import { multiLineText } from "../../text/multi-line.ts";
import { optionalField as optional } from "../../text/optional-field.ts";
import { singleLineText } from "../../text/single-line.ts";
import { applyTaskResult } from "./apply-result.ts";
import { checkEvidence, type EvidenceFile } from "./manual-evidence.ts";
import { CONNECTOR_MESSAGES } from "./messages.ts";
import { exportData, identifier, RESULT_STATUSES, type TaskResult } from "./protocol.ts";
import { isFinalTask, RUNNING_REQUEST_STATUSES } from "./settle.ts";
import { refuseErasureUnderHold } from "../../legal-holds/erasure-guard.ts";

const M = CONNECTOR_MESSAGES.manual;

export const manualTaskInput = z
  .object({
    taskId: z.string().regex(/^[a-z0-9]{1,64}$/i),
    status: z.enum(RESULT_STATUSES),
    records: optional(z.coerce.number().int().min(0).max(1_000_000_000)),
    fields: optional(
      z
        .string()
        .max(2000)
        .transform((v) =>
          v
            .split(",")
            .map((f) => f.trim())
            .filter(Boolean),
        )
        .pipe(z.array(identifier).max(200)),
    ),
    ground: optional(singleLineText({ max: 500, label: "the ground" })),
    blockedUntil: optional(z.iso.date()),
    absent: optional(z.enum(["yes", "no"])),
    note: multiLineText({ max: 2000, ...M.note }),
    file: optional(z.instanceof(File).refine((f) => f.size > 0)),
  })
  .strict()
  .superRefine((input, issues) => {
    if (input.status === "blocked" && !input.ground)
      issues.addIssue({ code: "custom", path: ["ground"], message: M.groundRequired });
  });
export type ManualTaskInput = z.infer<typeof manualTaskInput>;

export type ManualTaskCompleted = { taskId: string; status: DsrTaskStatus; requestStatus: DsrStatus | null };

export async function completeManualTask(ctx: Context, input: ManualTaskInput): Promise<ManualTaskCompleted> {
  const { actor } = await authorizeStaff(ctx, "dsr.manage");
  const task = await db.dsrTask.findUnique({
    where: { id: input.taskId },
    select: {
      id: true,
      action: true,
      status: true,
      dataSystem: { select: { connector: true } },
      request: { select: { status: true } },
    },
  });
  if (!task) throw new AppError("not_found");
  if (task.dataSystem.connector !== "MANUAL") throw new AppError("conflict", M.notManual);
  if (isFinalTask(task.status)) throw new AppError("conflict", M.alreadyFinal);
  if (!RUNNING_REQUEST_STATUSES.includes(task.request.status))
    throw new AppError("conflict", M.requestClosed);
  if (task.action === "ABSENCE_CHECK" && input.status === "done" && !input.absent)
    throw new AppError("invalid", { en: M.absentRequired });

  let file: EvidenceFile | null = null;
  if (input.file) {
    const checked = checkEvidence(task.id, new Uint8Array(await input.file.arrayBuffer()));
    if (!checked.ok)
      throw checked.refusal === "too_large"
        ? new AppError("too_large", M.fileTooLarge)
        : new AppError("unsupported_type", M.fileType);
    file = checked.file;
  }
  const result: TaskResult = {
    status: input.status,
    ...(input.records !== undefined ? { records: input.records } : {}),
    ...(input.fields ? { fields: input.fields } : {}),
    ...(input.status === "blocked" && input.ground ? { ground: input.ground } : {}),
    ...(input.status === "blocked" && input.blockedUntil
      ? { blockedUntil: `${input.blockedUntil}T00:00:00.000Z` }
      : {}),
    ...(task.action === "ABSENCE_CHECK" && input.absent ? { absent: input.absent === "yes" } : {}),
    ...(input.status === "failed" ? { error: input.note.slice(0, 500) } : {}),
  };
  if (task.action === "EXPORT" && input.status === "done" && file?.type === "application/json") {
    const data = exportData.safeParse(JSON.parse(Buffer.from(file.bytes).toString("utf8")));
    if (!data.success) throw new AppError("invalid", M.exportJson);
    result.data = data.data;
  }
  // G2: staff saying "erased" is a deletion like a system's; under a legal hold the task ends BLOCKED with
  // the hold as its ground instead, the refusal recorded (lib/legal-holds/erasure-guard.ts).
  if (
    task.action === "ERASE" &&
    input.status === "done" &&
    (await refuseErasureUnderHold(task.id, ctx.clock))
  ) {
    const held = await db.dsrTask.findUniqueOrThrow({
      where: { id: task.id },
      select: { status: true, request: { select: { status: true } } },
    });
    return { taskId: task.id, status: held.status, requestStatus: held.request.status };
  }
  const applied = await applyTaskResult(task.id, result, {
    via: "manual",
    clock: ctx.clock,
    actor: userActor(actor),
    request: ctx.request,
    manual: { userId: actor.userId, note: input.note, file },
  });
  if (!applied.applied) throw new AppError("conflict", M.alreadyFinal);
  return { taskId: task.id, status: applied.status, requestStatus: applied.settlement?.to ?? null };
}
