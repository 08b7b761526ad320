// Issue 15 part 3: every server action and route handler of the build, discovered from its manifests
// (e2e/fuzz/endpoints.ts), called with arbitrary input (e2e/fuzz/payloads.ts) by an anonymous visitor, the
// lowest customer role (MEMBER of another organisation than the one in the URL) and the lowest staff role
// (SUPPORT). No answer may be a 5xx, and the database must not change (S11 at runtime): none of these callers
// may write anything with this input. Runs last and alone (playwright.config.ts), so no other spec writes
// meanwhile. FUZZ_SEED repeats a run; FUZZ_RUNS sets the calls per endpoint and caller.
import { appendFileSync } from "node:fs";
import fc from "fast-check";
import { encode as encodeJwt } from "next-auth/jwt";
import { createSession } from "../../lib/auth/sessions/session-store.ts";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { expect, SESSION_COOKIE, test } from "../fixtures";
import { routeHandlers, serverActions } from "./endpoints.ts";
import { changedTables, fingerprint } from "./fingerprint.ts";
import { body, encode, encodeAction, query } from "./payloads.ts";

const SEED = Number(process.env.FUZZ_SEED ?? 15);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1);
const METHODS = ["GET", "POST", "PUT", "DELETE"];

test.describe.configure({ timeout: 300_000 });

async function sessionCookie(user: { id: string }, kind: "STAFF" | "CUSTOMER") {
  const session = await createSession(
    user.id,
    kind,
    { ip: "127.0.0.1", userAgent: "fuzz", requestId: null },
    undefined,
    { mfaVerified: true },
  );
  const token = await encodeJwt({
    token: { sub: user.id, sid: session.id },
    secret: process.env.AUTH_SECRET ?? "",
  });
  return `${SESSION_COOKIE}=${token}`;
}

test("arbitrary input to every action and route handler: no 5xx, and nothing written, whoever calls", async ({
  baseURL,
}) => {
  const victim = await createOrganization({ name: "Fuzz Victim" });
  const own = await createOrganization({ name: "Fuzz Attacker" });
  const member = await createUser({ memberships: [{ organizationId: own.id, role: "MEMBER" }] });
  const support = await createUser({ staffRoles: ["SUPPORT"] });
  const callers: [string, Record<string, string>][] = [
    ["anonymous", {}],
    ["MEMBER of another organisation", { cookie: await sessionCookie(member, "CUSTOMER") }],
    ["SUPPORT staff", { cookie: await sessionCookie(support, "STAFF") }],
  ];
  const actions = serverActions(victim.slug);
  const routes = routeHandlers(victim.slug);
  expect(actions.length).toBeGreaterThan(100);
  expect(routes.length).toBeGreaterThan(40);

  const ownerUrl = process.env.DATABASE_OWNER_URL!;
  const before = await fingerprint(ownerUrl);
  const failures: string[] = [];
  let calls = 0;
  const call = async (what: string, url: string, init: RequestInit) => {
    calls++;
    const started = Date.now();
    const response = await fetch(baseURL + url, {
      ...init,
      redirect: "manual",
      signal: AbortSignal.timeout(15_000),
    }).catch((error: Error) => ({
      status: 599,
      statusText: error.message,
      text: async () => "",
    }));
    await response.text();
    if (response.status >= 500) failures.push(`${response.status} ${what} ${init.method} ${url}`);
    if (process.env.FUZZ_LOG)
      appendFileSync(
        process.env.FUZZ_LOG,
        `${response.status} ${Date.now() - started}ms ${what} ${init.method} ${url}\n`,
      );
  };

  const payloads = fc.sample(body, { numRuns: RUNS * (actions.length + routes.length) * 4, seed: SEED });
  const queries = fc.sample(query, { numRuns: payloads.length, seed: SEED + 1 });
  let n = 0;
  for (const [who, headers] of callers) {
    for (const action of actions)
      for (let i = 0; i < RUNS; i++) {
        const { body: sent, type } = encodeAction(payloads[n++ % payloads.length]!);
        await call(`${who} → action ${action.name}`, action.url, {
          method: "POST",
          body: sent,
          headers: {
            ...headers,
            ...(type ? { "content-type": type } : {}),
            "next-action": action.id,
            origin: baseURL!,
            accept: "text/x-component",
          },
        });
      }
    for (const route of routes)
      for (const method of METHODS) {
        const { body: sent, type } = encode(payloads[n++ % payloads.length]!);
        await call(`${who} → ${route.name}`, route.url + queries[n % queries.length], {
          method,
          body: method === "GET" ? undefined : sent,
          headers: { ...headers, ...(type && method !== "GET" ? { "content-type": type } : {}) },
        });
      }
  }

  const after = await fingerprint(ownerUrl);
  test.info().annotations.push({ type: "calls", description: `${calls} (seed ${SEED})` });
  expect(failures, `seed ${SEED}`).toEqual([]);
  expect(changedTables(before, after), `seed ${SEED}`).toEqual([]);
});
