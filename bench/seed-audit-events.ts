// Seeds `count` chained audit events into one organisation's chain for `npm run bench:retention`
// (bench/retention.ts): every event is built and hashed as the app records it (lib/audit/record.ts
// auditRow), inserted 5,000 at a time through one connection. Half sign-ins, half contact changes.
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { AuditInput } from "../lib/audit/record.ts";

const SEED_BATCH = 5000;

export async function seedAuditEvents(
  url: string,
  organizationId: string,
  owner: { id: string; email: string },
  count: number,
): Promise<void> {
  const { auditRow } = await import("../lib/audit/record.ts");
  const event = (i: number): AuditInput => {
    const who = {
      organizationId,
      actor: { userId: owner.id, label: owner.email },
      request: {
        ip: `198.51.${(i >> 8) & 255}.${i & 255}`,
        userAgent: "Mozilla/5.0 (bench)",
        requestId: `req-${i}`,
      },
    };
    return i % 2 === 0
      ? {
          ...who,
          action: "auth.sign_in.succeeded",
          metadata: { kind: "CUSTOMER", method: "PASSWORD", mfa: "totp" },
        }
      : {
          ...who,
          action: "org.breach_contacts.updated",
          metadata: { from: [], to: [`privacy-${i}@bench-export.example`] },
        };
  };
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  let last: { seq: number; hash: string } | null = null;
  for (let start = 0; start < count; start += SEED_BATCH) {
    const at = new Date();
    const rows = Array.from({ length: Math.min(SEED_BATCH, count - start) }, (_, k) => {
      const stored = auditRow(event(start + k), last, at);
      last = { seq: stored.seq, hash: stored.hash };
      return { id: randomUUID(), ...stored };
    });
    await pool.query(
      `INSERT INTO "AuditEvent" SELECT * FROM json_populate_recordset(NULL::"AuditEvent", $1)`,
      [JSON.stringify(rows)],
    );
  }
  await pool.query(`ANALYZE "AuditEvent"`);
  await pool.end();
}
