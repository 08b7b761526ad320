// Another instance's publish reaches this one (ADR 0033): announcePublicChange moves the version and
// notifies in one statement; a follower hears it at once, keeps hearing after its connection is killed
// (it connects again and reads the version it missed), and acts on each version once.
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { waitFor } from "../testing/wait-for.ts";
import { announcePublicChange } from "./announce.ts";
import { followPublicContent, type Follower } from "./follow.ts";

let follower: Follower | null = null;
afterEach(async () => {
  await follower?.stop();
  follower = null;
});

/** A follower that plays another instance: its own record of versions acted on. */
function follow(pollMs: number) {
  let acted = 0;
  const published: number[] = [];
  follower = followPublicContent(process.env.DATABASE_URL!, (version) => published.push(version), {
    pollMs,
    log: () => {},
    isNew: (version) => (version > acted ? ((acted = version), true) : false),
  });
  return published;
}

/** The follower's connections (their last statement read the version): counted, or terminated. */
async function followerConnections(terminate = false) {
  const owner = new pg.Client({ connectionString: process.env.DATABASE_OWNER_URL });
  await owner.connect();
  const { rowCount } = await owner.query(
    `SELECT ${terminate ? "pg_terminate_backend(pid)" : "pid"} FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE 'SELECT "version" FROM%'`,
  );
  await owner.end();
  return rowCount ?? 0;
}

describe("publishing across instances", () => {
  it("tells a following instance at once, not at its next read, and only once per version", async () => {
    const published = follow(60_000); // reads once at start; after that only notifications can tell it
    await waitFor(() => followerConnections()); // listening, and has read where it starts
    const started = Date.now();
    const first = await announcePublicChange(db);
    await waitFor(() => published.length === 1, { timeoutMs: 2_000 });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(published).toEqual([first]);
    const second = await announcePublicChange(db);
    await waitFor(() => published.length === 2, { timeoutMs: 2_000 });
    expect(published).toEqual([first, second]);
    const row = await db.publicContentVersion.findUniqueOrThrow({ where: { id: "public" } });
    expect(row.version).toBe(second);
  });

  it("finds a publish it missed while its connection was down", async () => {
    const published = follow(200);
    await waitFor(() => followerConnections());
    expect(await followerConnections(true)).toBe(1);
    const missed = await announcePublicChange(db); // nobody is listening now
    await waitFor(() => published.includes(missed), { timeoutMs: 3_000 });
    expect(published).toEqual([missed]);
  });
});
