// Staff complete MANUAL tasks with evidence (issue 12; GDPR.md A11, A17; SECURITY.md S11, S16): PRIVACY
// staff may, SUPPORT (read-only) may not; the evidence file's type is decided by its content and its size is
// capped; a manual erasure is followed by a manual absence check; a task completes once.
import { beforeAll, describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../../prisma/factories.ts";
import { db } from "../../db/client.ts";
import { contextFor } from "../../testing/context.ts";
import { completeManualTask, manualTaskInput } from "./manual-task.ts";
import { MAX_EVIDENCE_BYTES } from "./manual-evidence.ts";
import { createManualSystem, createTestRequest } from "./testing/factory.ts";

let organizationId: string;
let systemId: string;

beforeAll(async () => {
  organizationId = (await createOrganization()).id;
  systemId = (await createManualSystem({ name: "Reporting API" })).id;
});

const input = (fields: Record<string, unknown>) => manualTaskInput.parse(fields);
const file = (bytes: Uint8Array | string, name = "evidence.bin", type = "application/octet-stream") =>
  new File([typeof bytes === "string" ? bytes : Buffer.from(bytes)], name, { type });

async function staff(role: "PRIVACY" | "SUPPORT" | "ADMIN") {
  return contextFor(await createUser({ staffRoles: [role] }));
}

describe("manual tasks", () => {
  it("S11: SUPPORT staff are refused and nothing changes; PRIVACY staff complete an erasure, then its absence check (A17)", async () => {
    const request = await createTestRequest({
      organizationId,
      type: "ERASURE",
      subject: { email: "manual@example.test" },
      systemIds: [systemId],
    });
    const taskId = request.taskIds[0]!;
    await expect(
      completeManualTask(await staff("SUPPORT"), input({ taskId, status: "done", note: "Deleted." })),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect((await db.dsrTask.findUniqueOrThrow({ where: { id: taskId } })).status).toBe("PENDING");

    const privacy = await staff("PRIVACY");
    const pdf = file("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n", "../../etc/passwd.pdf", "text/html");
    const done = await completeManualTask(
      privacy,
      input({
        taskId,
        status: "done",
        records: "4",
        fields: "email, name",
        note: "Deleted in the admin tool.\nTicket OPS-12.",
        file: pdf,
      }),
    );
    expect(done).toMatchObject({ status: "DONE", requestStatus: "IN_PROGRESS" });
    const stored = await db.dsrTask.findUniqueOrThrow({ where: { id: taskId } });
    expect(stored).toMatchObject({
      records: 4,
      fields: ["email", "name"],
      evidenceFileName: `evidence-${taskId}.pdf`,
      evidenceFileType: "application/pdf",
    });
    const check = await db.dsrTask.findFirstOrThrow({
      where: { requestId: request.id, action: "ABSENCE_CHECK" },
    });
    await expect(
      completeManualTask(privacy, input({ taskId: check.id, status: "done", note: "Checked." })),
    ).rejects.toMatchObject({ code: "invalid" });
    const confirmed = await completeManualTask(
      privacy,
      input({ taskId: check.id, status: "done", absent: "yes", note: "Searched by email: nothing left." }),
    );
    expect(confirmed.requestStatus).toBe("COMPLETED");
    await expect(
      completeManualTask(privacy, input({ taskId, status: "not_found", note: "Again." })),
    ).rejects.toMatchObject({ code: "conflict" });
    const audit = await db.auditEvent.findMany({ where: { action: "dsr.task.completed" } });
    expect(audit.filter((e) => e.organizationId === organizationId)).toHaveLength(2);
  });

  it("S16: an evidence file that is HTML, binary or too large is refused; a JSON export becomes the exported data", async () => {
    const privacy = await staff("PRIVACY");
    const request = await createTestRequest({
      organizationId,
      type: "ACCESS",
      subject: { email: "export@example.test" },
      systemIds: [systemId],
    });
    const taskId = request.taskIds[0]!;
    for (const [bytes, code] of [
      ["<!DOCTYPE html><script>alert(1)</script>", "unsupported_type"],
      [new Uint8Array([0, 1, 2, 3, 0xff]), "unsupported_type"],
      ["%PDF-1.4 <html>", "unsupported_type"],
      ["x".repeat(MAX_EVIDENCE_BYTES + 1), "too_large"],
    ] as const)
      await expect(
        completeManualTask(privacy, input({ taskId, status: "done", note: "n", file: file(bytes) })),
      ).rejects.toMatchObject({ code });
    const data = JSON.stringify({ tables: { reports: [{ name: "Monthly", owner: "export@example.test" }] } });
    await completeManualTask(
      privacy,
      input({ taskId, status: "done", records: "1", note: "Exported by hand.", file: file(data, "x.json") }),
    );
    const task = await db.dsrTask.findUniqueOrThrow({ where: { id: taskId } });
    expect(task.exportSealed).not.toBeNull();
    expect(task.evidenceFileType).toBe("application/json");
    expect(await db.dsrPackage.count({ where: { requestId: request.id } })).toBe(1);
  });

  it("S13: the input is strict and a blocked outcome names its ground", () => {
    expect(
      manualTaskInput.safeParse({ taskId: "abc", status: "done", note: "n", role: "ADMIN" }).success,
    ).toBe(false);
    expect(manualTaskInput.safeParse({ taskId: "abc", status: "blocked", note: "n" }).success).toBe(false);
    expect(
      manualTaskInput.safeParse({ taskId: "abc", status: "done", note: "n", fields: "a,../b" }).success,
    ).toBe(false);
  });
});
