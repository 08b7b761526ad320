// Processing activities (ADR 0031): ADMIN and PRIVACY staff add, edit and remove them; an edit writes a new
// version valid from the edit's time and ends the old one's validity, a removal only ends the validity —
// nothing is overwritten, so activitiesAt answers for any earlier moment. Other staff roles and customers
// cannot change them; every change is audited; unknown systems and multi-line text are refused.
import { beforeAll, describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import { contextFor } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { activitiesAt, listActivities, removeActivity, saveActivity } from "./activities.ts";

const DAY = 86_400_000;
const T0 = Date.now();
const at = (days: number) => new Date(T0 + days * DAY);
const day = (days: number) => fixedClock(at(days));

const hosting = {
  name: "Hosting of product data",
  purpose: "Storing and serving the customer's product data.",
  processingCategories: "Storage\nRetrieval\nDeletion",
  dataCategories: "Contact data\nUsage data",
  dataSubjectCategories: "The customer's end users",
  systemKeys: "records-test-db",
};

beforeAll(async () => {
  await db.dataSystem.create({ data: { key: "records-test-db", name: "Records test database" } });
  await db.dataSystem.create({ data: { key: "records-test-mail", name: "Records test mail" } });
});

describe("processing activities", () => {
  it("SECURITY, CONTENT and SUPPORT staff and a customer owner cannot add one", async () => {
    for (const role of ["SECURITY", "CONTENT", "SUPPORT"] as const) {
      const ctx = await contextFor(await createUser({ staffRoles: [role] }));
      await expect(saveActivity(ctx, hosting)).rejects.toMatchObject({ code: "forbidden" });
      await expect(listActivities(ctx)).rejects.toMatchObject({ code: "forbidden" });
    }
    const org = await createOrganization();
    const owner = await contextFor(
      await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] }),
    );
    // A customer does not learn the staff console exists.
    await expect(saveActivity(owner, hosting)).rejects.toMatchObject({ code: "not_found" });
    expect(await db.processingActivityVersion.count()).toBe(0);
  });

  it("refuses an unknown system and text on several lines", async () => {
    const privacy = await contextFor(await createUser({ staffRoles: ["PRIVACY"] }));
    await expect(saveActivity(privacy, { ...hosting, systemKeys: "no-such-system" })).rejects.toMatchObject({
      code: "invalid",
    });
    await expect(saveActivity(privacy, { ...hosting, name: "Two\nlines" })).rejects.toThrow();
    await expect(saveActivity(privacy, { ...hosting, dataCategories: "" })).rejects.toThrow();
    expect(await db.processingActivityVersion.count()).toBe(0);
  });

  it("an edit writes a new version from its time; a removal ends validity; earlier moments keep their state", async () => {
    const privacyUser = await createUser({ staffRoles: ["PRIVACY"] });
    const created = await saveActivity(await contextFor(privacyUser, { clock: day(1) }), hosting);
    expect(created).toMatchObject({ version: 1, created: true });

    const admin = await createUser({ staffRoles: ["ADMIN"] });
    const unchanged = await saveActivity(await contextFor(admin, { clock: day(2) }), {
      ...hosting,
      activityId: created.activityId,
    });
    expect(unchanged).toMatchObject({ version: 1, changed: [] });

    const edited = await saveActivity(await contextFor(admin, { clock: day(3) }), {
      ...hosting,
      activityId: created.activityId,
      purpose: "Storing, serving and backing up the customer's product data.",
      systemKeys: "records-test-db\nrecords-test-mail",
    });
    expect(edited).toMatchObject({ version: 2, created: false, changed: ["purpose", "systemKeys"] });

    expect(await activitiesAt(db, at(0.5))).toEqual([]);
    const before = await activitiesAt(db, at(2.5));
    expect(before).toHaveLength(1);
    expect(before[0]).toMatchObject({
      version: 1,
      purpose: hosting.purpose,
      processingCategories: ["Storage", "Retrieval", "Deletion"],
      dataCategories: ["Contact data", "Usage data"],
      systemKeys: ["records-test-db"],
    });
    const after = await activitiesAt(db, at(3));
    expect(after[0]).toMatchObject({ version: 2, systemKeys: ["records-test-db", "records-test-mail"] });

    await removeActivity(await contextFor(privacyUser, { clock: day(4) }), {
      activityId: created.activityId,
    });
    expect(await activitiesAt(db, at(4))).toEqual([]);
    expect((await activitiesAt(db, at(3.5)))[0]).toMatchObject({ version: 2 });
    await expect(
      saveActivity(await contextFor(admin, { clock: day(5) }), {
        ...hosting,
        activityId: created.activityId,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      removeActivity(await contextFor(admin, { clock: day(5) }), { activityId: created.activityId }),
    ).rejects.toMatchObject({ code: "not_found" });

    const versions = await db.processingActivityVersion.findMany({
      where: { activityId: created.activityId },
      orderBy: { version: "asc" },
    });
    expect(versions.map((v) => [v.version, v.validFrom, v.validUntil])).toEqual([
      [1, at(1), at(3)],
      [2, at(3), at(4)],
    ]);
    const list = await listActivities(await contextFor(admin));
    expect(list.current).toEqual([]);
    expect(list.removed.map((r) => r.version)).toEqual([2]);

    const events = await db.auditEvent.findMany({
      where: { action: { startsWith: "records.activity." } },
      orderBy: { createdAt: "asc" },
      select: { action: true, organizationId: true, metadata: true },
    });
    expect(events.map((e) => e.action)).toEqual([
      "records.activity.saved",
      "records.activity.saved",
      "records.activity.removed",
    ]);
    expect(events.every((e) => e.organizationId === null)).toBe(true);
  });
});
