// The public data cache: one load per answer until a publish or the revalidation period, a load that
// straddles a publish is not kept, failures are asked again, and the number of answers is bounded.
import { beforeEach, describe, expect, it } from "vitest";
import { cachedPublic } from "./cached.ts";
import { clearPublicSnapshot, SNAPSHOT_TTL_MS } from "./store.ts";

let loads = 0;
let clock = 1_000;
const now = () => clock;

beforeEach(() => {
  loads = 0;
  clearPublicSnapshot();
});

describe("cachedPublic", () => {
  it("loads once, shares a load in flight, and loads again after a publish or the period", async () => {
    const json = cachedPublic(async (lang: string) => `${lang} ${++loads}`, now);
    const [a, b] = await Promise.all([json("en"), json("en")]);
    expect([a, b]).toEqual(["en 1", "en 1"]);
    expect(await json("de")).toBe("de 2");
    expect(await json("en")).toBe("en 1");
    clearPublicSnapshot();
    expect(await json("en")).toBe("en 3");
    clock += SNAPSHOT_TTL_MS;
    expect(await json("en")).toBe("en 4");
  });

  it("does not keep an answer whose load began before a publish", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const json = cachedPublic(async () => {
      const n = ++loads;
      if (n === 1) await gate;
      return `answer ${n}`;
    }, now);
    const first = json();
    clearPublicSnapshot(); // published while the first load was reading
    release();
    expect(await first).toBe("answer 1");
    expect(await json()).toBe("answer 2");
    expect(await json()).toBe("answer 2");
  });

  it("asks again after a failure and keeps a bounded number of answers", async () => {
    let fail = true;
    const pdf = cachedPublic(async (version: number) => {
      loads++;
      if (fail) throw new Error("database down");
      return version;
    }, now);
    await expect(pdf(1)).rejects.toThrow("database down");
    fail = false;
    expect(await pdf(1)).toBe(1);
    for (let v = 2; v <= 300; v++) await pdf(v);
    const before = loads;
    await pdf(1); // dropped as the oldest
    await pdf(300); // still kept
    expect(loads).toBe(before + 1);
  });
});
