// The application's database role (ADR 0025; GDPR.md H1, SECURITY.md S18): connected as it — DATABASE_URL
// of every integration test, as of `npm run dev`, `npm start` and the e2e sandbox — the audit log cannot be
// deleted, its triggers cannot be disabled or dropped, tables cannot be altered or dropped, and the signed
// points of the chains can only be appended. The owner's connection (DATABASE_OWNER_URL) can.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit, SYSTEM_ACTOR } from "../audit/record.ts";
import { PRUNE_CHECKPOINT_TYPE, signPoint } from "../audit/signed-point.ts";
import { fixedClock } from "../time/clock.ts";
import { grantAppRole, LOCAL_APP_ROLE, restrictionProblems, roleOf, signsInRestricted } from "./app-role.ts";

const appUrl = process.env.DATABASE_URL!;
const ownerUrl = process.env.DATABASE_OWNER_URL!;
const app = new pg.Client({ connectionString: appUrl });
const owner = new pg.Client({ connectionString: ownerUrl });

beforeAll(async () => {
  await app.connect();
  await owner.connect();
});
afterAll(async () => {
  await app.end();
  await owner.end();
});

async function refusal(client: pg.Client, sql: string, params: unknown[] = []): Promise<string> {
  try {
    await client.query(sql, params);
  } catch (error) {
    return (error as Error).message;
  }
  return "succeeded";
}

describe("the application's database role (H1, S18)", () => {
  it("is the restricted role, not the owner", async () => {
    expect(roleOf(appUrl)).toBe(LOCAL_APP_ROLE);
    expect(roleOf(ownerUrl)).not.toBe(LOCAL_APP_ROLE);
    expect(await restrictionProblems(owner, LOCAL_APP_ROLE)).toEqual([]);
    expect(await restrictionProblems(owner, roleOf(ownerUrl))).toContain("it is a superuser");
    // A process given the restricted DATABASE_URL alone leaves migrations to the owner (scripts/run.ts).
    expect(await signsInRestricted(appUrl)).toBe(true);
    expect(await signsInRestricted(ownerUrl)).toBe(false);
  });

  it('cannot DELETE FROM "AuditEvent", DISABLE TRIGGER or DROP TRIGGER as the app role (H1, S18)', async () => {
    await recordAudit({ actor: SYSTEM_ACTOR, action: "auth.sign_out" });
    const before = Number((await app.query(`SELECT count(*) FROM "AuditEvent"`)).rows[0].count);
    expect(before).toBeGreaterThan(0);

    expect(await refusal(app, `DELETE FROM "AuditEvent"`)).toMatch(/permission denied for table AuditEvent/);
    expect(
      await refusal(app, `ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_update_or_delete`),
    ).toMatch(/must be owner of table AuditEvent/);
    expect(await refusal(app, `DROP TRIGGER audit_event_no_update_or_delete ON "AuditEvent"`)).toMatch(
      /must be owner of (table|relation) AuditEvent/,
    );
    expect(await refusal(app, `UPDATE "AuditEvent" SET action = 'x'`)).toMatch(/permission denied/);
    expect(await refusal(app, `TRUNCATE "AuditEvent"`)).toMatch(/permission denied/);
    expect(await refusal(app, `ALTER TABLE "AuditEvent" ADD COLUMN forged text`)).toMatch(/must be owner/);
    expect(await refusal(app, `DROP TABLE "AuditEvent"`)).toMatch(/must be owner/);
    expect(await refusal(app, `ALTER TABLE "User" DISABLE TRIGGER ALL`)).toMatch(/must be owner/);
    expect(await refusal(app, `DROP FUNCTION audit_event_refuse_change() CASCADE`)).toMatch(/must be owner/);
    expect(await refusal(app, `CREATE SCHEMA forged`)).toMatch(/permission denied/);
    expect(await refusal(app, `SET ROLE ${owner.escapeIdentifier(roleOf(ownerUrl))}`)).toMatch(
      /permission denied/,
    );

    const after = Number((await app.query(`SELECT count(*) FROM "AuditEvent"`)).rows[0].count);
    expect(after).toBe(before);
  });

  it("may only read prune checkpoints and only append signed heads (H1, S18)", async () => {
    expect(
      await refusal(
        app,
        `INSERT INTO "AuditPruneCheckpoint" (id, chain, seq, hash, "lastEventAt", removed, "keyId", envelope, "createdAt")
         VALUES ('x', 'provider', 1, 'h', now(), 1, 'k', '{}', now())`,
      ),
    ).toMatch(/permission denied/);
    await app.query(
      `INSERT INTO "AuditChainHead" (id, chain, seq, hash, "keyId", envelope, "signedAt")
       VALUES ('head-1', 'provider', 1, 'h', 'k', '{}', now())`,
    );
    expect(await refusal(app, `UPDATE "AuditChainHead" SET seq = 0`)).toMatch(/permission denied/);
    expect(await refusal(app, `DELETE FROM "AuditChainHead"`)).toMatch(/permission denied/);
    expect(await refusal(app, `DELETE FROM "AuditPruneCheckpoint"`)).toMatch(/permission denied/);
    await owner.query(`DELETE FROM "AuditChainHead" WHERE id = 'head-1'`);
  });

  it("audit_prune_prefix refuses events younger than 30 days, the newest event and a checkpoint naming another event (H1)", async () => {
    const clock = fixedClock(new Date(Date.now() - 10 * 86_400_000));
    for (let i = 0; i < 3; i++) {
      await recordAudit(
        {
          organizationId: null,
          actor: SYSTEM_ACTOR,
          action: "auth.session.revoked_others",
          metadata: { count: i },
        },
        { clock },
      );
      clock.advance(1000);
    }
    const { rows } = await app.query<{ seq: number; hash: string; createdAt: Date }>(
      `SELECT seq, hash, "createdAt" FROM "AuditEvent" WHERE chain = 'provider' ORDER BY seq DESC LIMIT 2`,
    );
    const [newest, second] = rows as [(typeof rows)[0], (typeof rows)[0]];
    const prune = (point: { seq: number; hash: string }) =>
      refusal(app, `SELECT audit_prune_prefix('provider', $1, $2)`, [
        point.seq,
        JSON.stringify(
          signPoint(PRUNE_CHECKPOINT_TYPE, {
            chain: "provider",
            seq: point.seq,
            hash: point.hash,
            lastEventAt: new Date(),
            signedAt: new Date(),
          }),
        ),
      ]);
    expect(await prune(second)).toMatch(/younger than 30 days/);
    expect(await prune(newest)).toMatch(/younger than 30 days|newest event/);
    expect(await prune({ seq: second.seq, hash: "0".repeat(64) })).toMatch(
      /not the one the checkpoint names/,
    );
    expect(
      await refusal(app, `SELECT audit_prune_prefix('provider', $1, $2)`, [
        second.seq,
        JSON.stringify(
          signPoint(PRUNE_CHECKPOINT_TYPE, {
            chain: "org:someone-else",
            seq: second.seq,
            hash: second.hash,
            signedAt: new Date(),
          }),
        ),
      ]),
    ).toMatch(/does not name chain provider/);
  });

  it("refuses to run the application as a role that could undo the audit log's protection", async () => {
    // The cluster's superuser named as the application's role: refused after the grants, naming why.
    await expect(grantAppRole(ownerUrl, ownerUrl)).rejects.toThrow(/is not restricted: it is a superuser/);
  });
});
