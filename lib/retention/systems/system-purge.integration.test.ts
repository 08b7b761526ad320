// Retention of a connected system's data categories (issue 13; GDPR.md G1-G4; ADR 0028), over real HTTP
// against the reference connector (connectors/demo-product): staff who manage systems declare a category;
// the purge asks the system (purge_expired) for each organisation it holds and records its answer as
// evidence; holds on the organisation keep everything (nothing asked, refusal recorded, the release lets
// the next run purge), a subject hold keeps that subject's records (the system reports identifiers in count
// mode, Article28 hashes them and sends back the held ones); an unreachable system leaves evidence that says
// so and is asked again; the dry run counts per organisation. Times are relative to now.
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { startDemoConnector, type DemoConnector } from "../../../connectors/demo-product/src/connector.ts";
import { seedDemoProduct } from "../../../connectors/demo-product/src/demo-data.ts";
import { SCHEMA } from "../../../connectors/demo-product/src/schema.ts";
import { createOrganization, createUser } from "../../../prisma/factories.ts";
import { db } from "../../db/client.ts";
import { createManualSystem, createWebhookSystem } from "../../dsr/connectors/testing/factory.ts";
import { createBreachIncident } from "../../incidents/testing/breach-fixtures.ts";
import { createHold } from "../../legal-holds/create.ts";
import { createHoldInput, releaseHoldInput } from "../../legal-holds/input.ts";
import { releaseHold } from "../../legal-holds/release.ts";
import { contextFor } from "../../testing/context.ts";
import { fixedClock } from "../../time/clock.ts";
import { idsSha256 } from "../evidence.ts";
import { overrideInput, policyInput } from "../input.ts";
import { setOverride } from "../override.ts";
import { previewPolicy } from "../preview.ts";
import { runRetentionPurge } from "../purge.ts";
import { saveSystemCategoryInput } from "./category-input.ts";
import { saveSystemCategory } from "./manage-categories.ts";

const DAY = 86_400_000;
const clock = fixedClock(new Date());
const secret = `whsec_${Buffer.from("retention-system-secret-0123456").toString("base64")}`;

let connector: DemoConnector;
let admin: Awaited<ReturnType<typeof contextFor>>;

beforeAll(async () => {
  connector = await startDemoConnector({ databaseUrl: process.env.DATABASE_URL! });
  await seedDemoProduct(
    connector.pool,
    [{ systemKey: "analytics-events", secret, asyncActions: [], callbackDelayMs: 0 }],
    new Date(),
  );
  admin = await contextFor(await createUser({ staffRoles: ["ADMIN"] }), { clock });
});

afterAll(async () => {
  await connector?.close();
});

const endpoint = () => `${connector.url}/analytics-events/tasks`;

/** A WEBHOOK system holding `organizations`' data, with an "events" category of 395 days declared by staff. */
async function eventsSystem(organizations: readonly { id: string }[], endpointUrl = endpoint()) {
  const system = await createWebhookSystem({
    endpointUrl,
    secret,
    organizationIds: organizations.map((o) => o.id),
  });
  await saveSystemCategory(
    admin,
    saveSystemCategoryInput.parse({
      systemId: system.id,
      key: "events",
      name: "Product usage events",
      defaultDays: "395",
      minDays: "30",
    }),
  );
  return { ...system, category: `system:${system.key}:events` };
}

/** An event of `slug`'s end user `email`, `daysAgo` days old; its id in the connector. */
async function event(slug: string, email: string, daysAgo: number): Promise<number> {
  const { rows } = await connector.pool.query<{ id: number }>(
    `INSERT INTO ${SCHEMA}.events (org_slug, email, event, page, occurred_at) VALUES ($1, $2, 'signed_in', '/login', $3) RETURNING id`,
    [slug, email, new Date(clock.now().getTime() - daysAgo * DAY)],
  );
  return rows[0]!.id;
}

async function left(ids: readonly number[]): Promise<number[]> {
  const { rows } = await connector.pool.query<{ id: number }>(
    `SELECT id FROM ${SCHEMA}.events WHERE id = ANY($1::int[]) ORDER BY id`,
    [ids],
  );
  return rows.map((r) => r.id);
}

async function purgeQuestions(): Promise<number> {
  const { rows } = await connector.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${SCHEMA}.deliveries WHERE action = 'purge_expired'`,
  );
  return rows[0]!.n;
}

const purge = (category: string) =>
  runRetentionPurge(clock, { categories: [category], systemTimeoutMs: 3000 });
const staffHold = (input: Record<string, string>) =>
  createHold(admin, createHoldInput.parse({ reason: "Preservation order 3 O 7/26", ...input }));

describe("purging a connected system's category", () => {
  it("G1: the system removes only the organisation's expired records; the evidence is the system's count and hash", async () => {
    const org = await createOrganization({ name: "Umbrella Events SE" });
    const outsider = await createOrganization({ name: "Not Connected GmbH" });
    const system = await eventsSystem([org]);
    const old = [
      await event(org.slug, "anna@umbrella.test", 400),
      await event(org.slug, "ben@umbrella.test", 500),
    ];
    const fresh = await event(org.slug, "anna@umbrella.test", 10);
    const notAsked = await event(outsider.slug, "anna@umbrella.test", 900);

    const { buckets } = await purge(system.category);
    expect(buckets).toEqual([{ category: system.category, organizationId: org.id, removed: 2, held: 0 }]);
    expect(await left([...old, fresh, notAsked])).toEqual([fresh, notAsked]);
    const evidence = await db.retentionRun.findFirstOrThrow({
      where: { category: system.category, organizationId: org.id },
    });
    expect(evidence).toMatchObject({
      removed: 2,
      held: 0,
      periodDays: 395,
      error: null,
      idsSha256: idsSha256(old.map((id) => `events:${id}`)),
    });
    expect(evidence.selector).toContain("reported by the system");
    expect(evidence.oldestAt?.getTime()).toBe(clock.now().getTime() - 500 * DAY);

    // Idempotent: the next run finds nothing and writes no evidence.
    expect((await purge(system.category)).buckets).toEqual([]);
  });

  it("G2/G4: an organisation hold keeps everything — nothing is asked, the refusal recorded; the release lets the next run purge", async () => {
    const org = await createOrganization({ name: "Held Events AG" });
    const system = await eventsSystem([org]);
    const old = await event(org.slug, "carla@held.test", 600);
    const hold = await staffHold({ scope: "ORGANIZATION", organizationId: org.id });
    const asked = await purgeQuestions();

    await purge(system.category);
    expect(await purgeQuestions()).toBe(asked);
    expect(await left([old])).toEqual([old]);
    const refusal = await db.holdRefusal.findFirstOrThrow({ where: { holdId: hold.id } });
    expect(refusal).toMatchObject({
      path: "RETENTION_PURGE",
      targetType: "RetentionCategory",
      targetId: `${system.category}:${org.id}`,
      organizationId: org.id,
      resumedAt: null,
    });

    const released = await releaseHold(
      admin,
      releaseHoldInput.parse({ holdId: hold.id, reason: "Order lifted" }),
    );
    expect(released.purgesResumed).toBe(1);
    await purge(system.category);
    expect(await left([old])).toEqual([]);
  });

  it("G2: a CATEGORY hold on the system's category keeps it for its organisation only", async () => {
    const org = await createOrganization({ name: "Category Held SE" });
    const free = await createOrganization({ name: "Category Free SE" });
    const system = await eventsSystem([org, free]);
    const kept = await event(org.slug, "dora@held.test", 700);
    const gone = await event(free.slug, "dora@held.test", 700);
    const hold = await staffHold({ scope: "CATEGORY", category: system.category, organizationId: org.id });
    await purge(system.category);
    expect(await left([kept, gone])).toEqual([kept]);
    expect(await db.holdRefusal.count({ where: { holdId: hold.id } })).toBe(1);
  });

  it("G2: an incident hold keeps the system's records of the organisations the incident names, not of others", async () => {
    const named = await createOrganization({ name: "Incident Named GmbH" });
    const unnamed = await createOrganization({ name: "Incident Unnamed GmbH" });
    const system = await eventsSystem([named, unnamed]);
    const incident = await createBreachIncident();
    await db.incidentSystem.create({ data: { incidentId: incident.id, dataSystemId: system.id } });
    await db.incidentOrganization.create({ data: { incidentId: incident.id, organizationId: named.id } });
    const kept = await event(named.slug, "gus@incident.test", 700);
    const gone = await event(unnamed.slug, "gus@incident.test", 700);
    const hold = await staffHold({ scope: "INCIDENT", incidentId: incident.id });
    await purge(system.category);
    expect(await left([kept, gone])).toEqual([kept]);
    expect(await db.holdRefusal.findFirstOrThrow({ where: { holdId: hold.id } })).toMatchObject({
      organizationId: named.id,
    });
  });

  it("G2: a subject hold keeps that subject's records; the others go", async () => {
    const org = await createOrganization({ name: "Subject Events KG" });
    const system = await eventsSystem([org]);
    const held = [
      await event(org.slug, "Held.Person@subject.test", 450),
      await event(org.slug, "held.person@subject.test", 460),
    ];
    const other = await event(org.slug, "free.person@subject.test", 470);
    const hold = await staffHold({
      scope: "SUBJECT",
      organizationId: org.id,
      email: "held.person@subject.test",
    });

    const preview = await previewPolicy(
      admin,
      policyInput.parse({ category: system.category, periodDays: 395, minDays: 30 }),
    );
    expect(preview.rows).toEqual([
      expect.objectContaining({
        organizationId: org.id,
        wouldRemove: 3,
        held: 2,
        heldBy: hold.reference,
        unreachable: null,
      }),
    ]);

    const { buckets } = await purge(system.category);
    expect(buckets).toEqual([{ category: system.category, organizationId: org.id, removed: 1, held: 2 }]);
    expect(await left([...held, other])).toEqual(held);
    expect(await db.holdRefusal.findFirstOrThrow({ where: { holdId: hold.id } })).toMatchObject({
      records: 2,
    });
  });
});

describe("a system that does not answer", () => {
  it("G1: the evidence says it failed, nothing is claimed; the next run asks again and succeeds", async () => {
    const org = await createOrganization({ name: "Unreachable Events BV" });
    const system = await eventsSystem([org], "http://127.0.0.1:9/analytics-events/tasks");
    const old = await event(org.slug, "eve@unreachable.test", 800);

    const preview = await previewPolicy(
      admin,
      policyInput.parse({ category: system.category, periodDays: 395, minDays: 30 }),
    );
    expect(preview.rows).toEqual([
      expect.objectContaining({
        organizationId: org.id,
        unreachable: expect.stringContaining("unreachable"),
      }),
    ]);

    await purge(system.category);
    const failed = await db.retentionRun.findFirstOrThrow({
      where: { category: system.category, organizationId: org.id },
    });
    expect(failed).toMatchObject({ removed: 0, error: expect.stringContaining("unreachable") });
    expect(await left([old])).toEqual([old]);

    await db.dataSystem.update({ where: { id: system.id }, data: { endpointUrl: endpoint() } });
    await purge(system.category);
    expect(await left([old])).toEqual([]);
    const runs = await db.retentionRun.findMany({
      where: { category: system.category, organizationId: org.id },
      orderBy: { finishedAt: "asc" },
    });
    expect(runs.map((r) => [r.removed, r.error === null])).toEqual([
      [0, false],
      [1, true],
    ]);
  });
});

describe("a manual system", () => {
  it("G1: its category has a policy but is purged by hand: nobody is asked, no purge is claimed", async () => {
    const org = await createOrganization({ name: "Manual Events SA" });
    const system = await createManualSystem();
    await db.organizationSystem.create({ data: { organizationId: org.id, dataSystemId: system.id } });
    const input = { systemId: system.id, key: "tickets", name: "Tickets", defaultDays: "30", minDays: "7" };
    await saveSystemCategory(admin, saveSystemCategoryInput.parse(input));
    const category = `system:${system.key}:tickets`;
    const preview = await previewPolicy(admin, policyInput.parse({ category, periodDays: 30, minDays: 7 }));
    expect(preview).toMatchObject({ byHand: true, rows: [], total: 0 });
    expect((await purge(category)).buckets).toEqual([]);
    expect(await db.retentionRun.count({ where: { category } })).toBe(0);
  });
});

describe("who may declare categories and shorten their periods", () => {
  it("S2: only staff who manage systems declare a category; PRIVACY (retention, not systems) is refused", async () => {
    const system = await createWebhookSystem({ endpointUrl: endpoint(), secret });
    const privacy = await contextFor(await createUser({ staffRoles: ["PRIVACY"] }), { clock });
    const input = saveSystemCategoryInput.parse({
      systemId: system.id,
      key: "events",
      name: "Events",
      defaultDays: "395",
      minDays: "30",
    });
    await expect(saveSystemCategory(privacy, input)).rejects.toMatchObject({ code: "forbidden" });
    await expect(saveSystemCategory(admin, { ...input, systemId: "nosuchsystem" })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(saveSystemCategory(admin, { ...input, minDays: 400 })).rejects.toMatchObject({
      code: "invalid",
    });
    expect(await saveSystemCategory(admin, input)).toEqual({ created: true, changed: true });
    await expect(saveSystemCategory(admin, input)).rejects.toMatchObject({ code: "conflict" });
    expect(await db.systemDataCategory.count({ where: { dataSystemId: system.id } })).toBe(1);
  });

  it("S1: an OWNER shortens a system category within bounds for their organisation; another organisation's owner gets not_found", async () => {
    const victim = await createOrganization({ name: "Victim Events SE" });
    const attackerOrg = await createOrganization({ name: "Attacker Events SE" });
    const system = await eventsSystem([victim]);
    const owner = await contextFor(
      await createUser({ memberships: [{ organizationId: victim.id, role: "OWNER" }] }),
      { clock },
    );
    const member = await contextFor(
      await createUser({ memberships: [{ organizationId: victim.id, role: "MEMBER" }] }),
      { clock },
    );
    const attacker = await contextFor(
      await createUser({ memberships: [{ organizationId: attackerOrg.id, role: "OWNER" }] }),
      { clock },
    );
    const shorten = overrideInput.parse({ category: system.category, periodDays: "90" });

    await expect(setOverride(attacker, victim.slug, shorten)).rejects.toMatchObject({ code: "not_found" });
    await expect(setOverride(member, victim.slug, shorten)).rejects.toMatchObject({ code: "forbidden" });
    // The attacker's own organisation holds no data in that system: not its category.
    await expect(setOverride(attacker, attackerOrg.slug, shorten)).rejects.toMatchObject({ code: "invalid" });
    await expect(
      setOverride(owner, victim.slug, overrideInput.parse({ category: system.category, periodDays: "10" })),
    ).rejects.toMatchObject({ code: "invalid" });
    expect(await setOverride(owner, victim.slug, shorten)).toEqual({ changed: true });

    // The next purge applies the organisation's own period.
    const old = await event(victim.slug, "finn@victim.test", 100);
    await purge(system.category);
    expect(await left([old])).toEqual([]);
    expect(
      await db.retentionRun.findFirstOrThrow({
        where: { category: system.category, organizationId: victim.id },
      }),
    ).toMatchObject({ periodDays: 90, removed: 1 });
  });
});
