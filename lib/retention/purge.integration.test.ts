// The retention purge (issue 13; GDPR.md G1-G4; SECURITY.md S11, S12): staff preview a change per
// organisation, the purge removes expired rows in small batches and leaves evidence whose hash matches the
// removed ids, keeps the rows of an organisation under a legal hold and records the refusal with the hold,
// and removes them once the hold is released. Customers shorten a period within the bounds and see only
// their own evidence. Times are relative to the test's clock (now), never fixed dates.
import { beforeAll, describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import { createHold } from "../legal-holds/create.ts";
import { createHoldInput, releaseHoldInput } from "../legal-holds/input.ts";
import { releaseHold } from "../legal-holds/release.ts";
import { contextFor } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { idsSha256 } from "./evidence.ts";
import { overrideInput, policyInput } from "./input.ts";
import { setOverride } from "./override.ts";
import { previewPolicy } from "./preview.ts";
import { runRetentionPurge } from "./purge.ts";
import { organizationRetention } from "./read.ts";
import { savePolicy } from "./save-policy.ts";

const DAY = 86_400_000;
const clock = fixedClock(new Date());
const ago = (days: number) => new Date(clock.now().getTime() - days * DAY);

let acme: { id: string; slug: string };
let globex: { id: string; slug: string };

async function sentEmail(organizationId: string | null, daysAgo: number) {
  return db.outboxEmail.create({
    data: {
      idempotencyKey: `retention-${Math.random().toString(36).slice(2)}`,
      organizationId,
      toAddress: "someone@example.test",
      subject: "Hello",
      textBody: "Hello",
      status: "SENT",
      sentAt: ago(daysAgo),
      createdAt: ago(daysAgo),
    },
    select: { id: true },
  });
}

const staff = async (role: "PRIVACY" | "ADMIN" | "SUPPORT" | "SECURITY") =>
  contextFor(await createUser({ staffRoles: [role] }), { clock });

beforeAll(async () => {
  acme = await createOrganization({ name: "Acme Retail AG" });
  globex = await createOrganization({ name: "Globex GmbH" });
});

describe("retention purge", () => {
  it("G3/G1/G2/G4: the dry run counts per organisation; the purge removes expired rows with matching evidence, keeps held rows with the refusal recorded, and purges them after the release", async () => {
    const acmeOld = [await sentEmail(acme.id, 400), await sentEmail(acme.id, 200)];
    const acmeFresh = await sentEmail(acme.id, 10);
    const globexOld = [await sentEmail(globex.id, 300), await sentEmail(globex.id, 150)];
    const privacy = await staff("PRIVACY");

    // Dry run of 120 days: two rows each; at 365 days (today's policy) one Acme row only.
    const preview = await previewPolicy(
      privacy,
      policyInput.parse({ category: "outbox-emails", periodDays: "120", minDays: "30" }),
    );
    const counts = Object.fromEntries(
      preview.rows.map((r) => [r.organizationName ?? "provider", r.wouldRemove]),
    );
    expect(counts).toMatchObject({ "Acme Retail AG": 2, "Globex GmbH": 2 });
    expect(await db.retentionPolicy.count()).toBe(0);
    await expect(
      previewPolicy(
        await staff("SUPPORT"),
        policyInput.parse({ category: "outbox-emails", periodDays: 120, minDays: 30 }),
      ),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      previewPolicy(privacy, policyInput.parse({ category: "audit-events", periodDays: 120, minDays: 30 })),
    ).rejects.toMatchObject({ code: "invalid" });

    expect(
      await savePolicy(
        privacy,
        policyInput.parse({ category: "outbox-emails", periodDays: 120, minDays: 30 }),
      ),
    ).toEqual({ changed: true });
    await expect(
      savePolicy(
        await staff("SECURITY"),
        policyInput.parse({ category: "outbox-emails", periodDays: 100, minDays: 30 }),
      ),
    ).rejects.toMatchObject({ code: "forbidden" });

    const hold = await createHold(
      privacy,
      createHoldInput.parse({
        scope: "ORGANIZATION",
        organizationId: globex.id,
        reason: "Litigation 4 O 12/26",
      }),
    );

    const first = await runRetentionPurge(clock, { categories: ["outbox-emails"], batchSize: 1 });
    const ids = async (list: { id: string }[]) =>
      (await db.outboxEmail.findMany({ where: { id: { in: list.map((e) => e.id) } } })).length;
    expect(await ids(acmeOld)).toBe(0);
    expect(await ids([acmeFresh])).toBe(1);
    expect(await ids(globexOld)).toBe(2);

    const acmeRun = await db.retentionRun.findFirstOrThrow({
      where: { runId: first.runId, organizationId: acme.id },
    });
    expect(acmeRun).toMatchObject({ category: "outbox-emails", removed: 2, held: 0, periodDays: 120 });
    expect(acmeRun.idsSha256).toBe(idsSha256(acmeOld.map((e) => e.id)));
    expect(acmeRun.oldestAt).toEqual(ago(400));
    expect(acmeRun.newestAt).toEqual(ago(200));
    // Two batches of one: their evidence rows gave way to one row over both ids.
    expect(await db.retentionRun.count({ where: { runId: first.runId, organizationId: acme.id } })).toBe(1);
    const globexRun = await db.retentionRun.findFirstOrThrow({
      where: { runId: first.runId, organizationId: globex.id },
    });
    expect(globexRun).toMatchObject({ removed: 0, held: 2 });
    const refusal = await db.holdRefusal.findFirstOrThrow({ where: { holdId: hold.id } });
    expect(refusal).toMatchObject({
      path: "RETENTION_PURGE",
      targetId: `outbox-emails:${globex.id}`,
      records: 2,
      attempts: 1,
    });

    // A second run removes nothing more and counts the refusal again, without a new audit event (S24).
    await runRetentionPurge(clock, { categories: ["outbox-emails"] });
    expect(await ids(globexOld)).toBe(2);
    expect((await db.holdRefusal.findFirstOrThrow({ where: { holdId: hold.id } })).attempts).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "hold.deletion_refused" } })).toBe(1);

    const released = await releaseHold(
      privacy,
      releaseHoldInput.parse({ holdId: hold.id, reason: "Settled" }),
    );
    expect(released).toMatchObject({ purgesResumed: 1, erasuresResumed: 0 });
    const after = await runRetentionPurge(clock, { categories: ["outbox-emails"] });
    expect(await ids(globexOld)).toBe(0);
    const globexAfter = await db.retentionRun.findFirstOrThrow({
      where: { runId: after.runId, organizationId: globex.id },
    });
    expect(globexAfter).toMatchObject({
      removed: 2,
      held: 0,
      idsSha256: idsSha256(globexOld.map((e) => e.id)),
    });
    await expect(
      releaseHold(privacy, releaseHoldInput.parse({ holdId: hold.id, reason: "Again" })),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("a hold on a category for every organisation keeps the provider's own rows too", async () => {
    const privacy = await staff("ADMIN");
    const own = await sentEmail(null, 900);
    const hold = await createHold(
      privacy,
      createHoldInput.parse({ scope: "CATEGORY", category: "outbox-emails", reason: "Authority inquiry" }),
    );
    const run = await runRetentionPurge(clock, { categories: ["outbox-emails"] });
    expect(await db.outboxEmail.count({ where: { id: own.id } })).toBe(1);
    expect(run.buckets.find((b) => b.organizationId === null)).toMatchObject({ removed: 0, held: 1 });
    await releaseHold(privacy, releaseHoldInput.parse({ holdId: hold.id, reason: "Closed" }));
    await runRetentionPurge(clock, { categories: ["outbox-emails"] });
    expect(await db.outboxEmail.count({ where: { id: own.id } })).toBe(0);
  });

  it("S11/S12: an owner shortens a period within the bounds and sees only their own evidence; a privacy officer and another organisation are refused", async () => {
    const owner = await createUser({ memberships: [{ organizationId: acme.id, role: "OWNER" }] });
    const ctx = await contextFor(owner, { clock });
    await expect(
      setOverride(ctx, acme.slug, overrideInput.parse({ category: "outbox-emails", periodDays: "10" })),
    ).rejects.toMatchObject({ code: "invalid" });
    await expect(
      setOverride(ctx, acme.slug, overrideInput.parse({ category: "sessions", periodDays: "10" })),
    ).rejects.toMatchObject({ code: "invalid" });
    expect(
      await setOverride(ctx, acme.slug, overrideInput.parse({ category: "outbox-emails", periodDays: "60" })),
    ).toEqual({ changed: true });
    const mid = await sentEmail(acme.id, 90);
    const globexMid = await sentEmail(globex.id, 90);
    await runRetentionPurge(clock, { categories: ["outbox-emails"] });
    expect(await db.outboxEmail.count({ where: { id: mid.id } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { id: globexMid.id } })).toBe(1);

    const view = await organizationRetention(ctx, acme.slug);
    expect(view.categories.find((c) => c.key === "outbox-emails")).toMatchObject({
      ownDays: 60,
      providerDays: 120,
    });
    expect(view.runs.length).toBeGreaterThan(0);
    expect(view.runs.every((r) => r.organizationId === acme.id)).toBe(true);

    const officer = await contextFor(
      await createUser({ memberships: [{ organizationId: acme.id, role: "PRIVACY_OFFICER" }] }),
      { clock },
    );
    await expect(organizationRetention(officer, acme.slug)).rejects.toMatchObject({ code: "forbidden" });
    await expect(organizationRetention(ctx, globex.slug)).rejects.toMatchObject({ code: "not_found" });
    await expect(
      setOverride(ctx, globex.slug, overrideInput.parse({ category: "outbox-emails", periodDays: "60" })),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await db.retentionOverride.count({ where: { organizationId: globex.id } })).toBe(0);
  });

  it("provider-wide categories: ended sessions and old throttle counters go, live ones stay", async () => {
    const user = await createUser();
    const ended = await db.session.create({
      data: { userId: user.id, kind: "CUSTOMER", expiresAt: ago(200), createdAt: ago(201) },
    });
    const live = await db.session.create({
      data: { userId: user.id, kind: "CUSTOMER", expiresAt: new Date(clock.now().getTime() + DAY) },
    });
    await db.throttleCounter.createMany({
      data: [
        { key: `retention-old-${user.id}`, count: 3, windowStartedAt: ago(60), updatedAt: ago(60) },
        { key: `retention-new-${user.id}`, count: 3, windowStartedAt: ago(1), updatedAt: ago(1) },
      ],
    });
    await runRetentionPurge(clock, { categories: ["sessions", "throttle-counters"] });
    expect(await db.session.count({ where: { id: { in: [ended.id, live.id] } } })).toBe(1);
    expect(await db.throttleCounter.count({ where: { key: { startsWith: "retention-" } } })).toBe(1);
  });
});
