// Server actions refuse requests whose Origin is foreign, "null" or missing (SECURITY.md S14): Next.js
// itself accepts a missing Origin, so the app checks. The probe is the sign-out action: it must only
// end the session when the request really comes from this site.
import type { APIRequestContext } from "@playwright/test";
import { db } from "../../lib/db/client.ts";
import { expect, test } from "../fixtures";

async function signOutActionId(request: APIRequestContext, path: string): Promise<string> {
  const html = await (await request.get(path)).text();
  const id = /name="\$ACTION_ID_([0-9a-f]+)"/.exec(html)?.[1];
  expect(id, "the page renders the sign-out form").toBeTruthy();
  return id!;
}

async function postAction(request: APIRequestContext, path: string, actionId: string, origin: string | null) {
  return request.post(path, {
    multipart: { [`$ACTION_ID_${actionId}`]: "" },
    headers: origin === null ? {} : { Origin: origin },
    maxRedirects: 0,
  });
}

const liveSession = async (sessionId: string) =>
  (await db.session.findUniqueOrThrow({ where: { id: sessionId } })).revokedAt === null;

for (const [label, origin] of [
  ["a foreign Origin", "https://evil.example"],
  ["Origin: null", "null"],
  ["no Origin", null],
] as const) {
  test(`a server action with ${label} is refused and changes nothing (S14)`, async ({
    context,
    makeOrganization,
    makeUser,
    signIn,
  }) => {
    const org = await makeOrganization();
    const { sessionId } = await signIn(
      context,
      await makeUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] }),
    );
    const path = `/portal/${org.slug}`;
    const actionId = await signOutActionId(context.request, path);

    const response = await postAction(context.request, path, actionId, origin);

    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(await liveSession(sessionId)).toBe(true);
  });
}

test("the same server action from this site's own origin works (control for S14)", async ({
  context,
  baseURL,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const org = await makeOrganization();
  const { sessionId } = await signIn(
    context,
    await makeUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] }),
  );
  const path = `/portal/${org.slug}`;
  const actionId = await signOutActionId(context.request, path);

  await postAction(context.request, path, actionId, new URL(baseURL!).origin);

  expect(await liveSession(sessionId)).toBe(false);
});
