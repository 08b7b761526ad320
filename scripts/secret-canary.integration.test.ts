import { describe, expect, it } from "vitest";
import { recordAudit, SYSTEM_ACTOR } from "../lib/audit/record.ts";
import { SECRET_CANARY } from "../prisma/factories.ts";
import { logContains, tablesContaining } from "./secret-canary.ts";

describe("secret canary scan (S17)", () => {
  it("finds a marked secret in whichever table holds it, and in a log", async () => {
    expect(await tablesContaining(process.env.DATABASE_URL!)).toEqual([]);
    await recordAudit({
      actor: SYSTEM_ACTOR,
      action: "provider.settings.updated",
      metadata: { changes: { note: `oops ${SECRET_CANARY}-x` } },
    });
    expect(await tablesContaining(process.env.DATABASE_URL!)).toEqual(['"public"."AuditEvent"']);
    expect(logContains(`line\n${SECRET_CANARY}-abc`)).toBe(true);
    expect(logContains("nothing here")).toBe(false);
  });
});
