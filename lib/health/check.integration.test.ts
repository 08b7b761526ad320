import { afterEach, describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { checkHealth } from "./check.ts";

afterEach(async () => {
  await db.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = 'outbox-drain'`);
});

async function insertWaitingDrain(minutesAgo: number) {
  await db.$executeRawUnsafe(`SELECT pgboss.create_queue('outbox-drain', '{"policy":"short"}')`);
  await db.$executeRawUnsafe(
    `INSERT INTO pgboss.job (name, data, start_after, created_on) VALUES ('outbox-drain', '{}', now() - make_interval(mins => ${minutesAgo}), now() - make_interval(mins => ${minutesAgo}))`,
  );
}

describe("GET /api/health (database and job queue)", () => {
  it("is ok with a reachable database and no stuck jobs", async () => {
    expect(await checkHealth()).toMatchObject({ status: "ok", db: "ok", jobs: "ok" });
  });

  it("stays ok while a delivery request is young", async () => {
    await insertWaitingDrain(1);
    expect((await checkHealth()).jobs).toBe("ok");
  });

  it("reports the queue as stalled when delivery requests wait for minutes (no worker running)", async () => {
    await insertWaitingDrain(10);
    expect(await checkHealth()).toMatchObject({ status: "degraded", db: "ok", jobs: "stalled" });
  });
});
