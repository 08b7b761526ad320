// A DSR erasure under a legal hold in the running product (issue 13; GDPR.md G2, G4, A11): privacy staff
// place a hold on one data subject of Acme (by email, kept only as a keyed hash); Acme's erasure request for
// that subject reaches the job worker, which sends nothing to Acme's systems: every erasure task ends
// BLOCKED with the hold as its ground, which Acme's privacy officer reads on the request page, and the staff
// page lists the refused deletions. Releasing the hold runs the erasure: the systems are asked, the request
// completes without the hold's ground.
import { randomBytes, randomUUID } from "node:crypto";
import { db } from "../../lib/db/client.ts";
import { sealSubject, subjectHash } from "../../lib/dsr/subject.ts";
import { expect, test } from "../fixtures";
import { placeHold, releaseHold } from "../fixtures/legal-holds";

async function erasureRequest(organizationId: string, email: string, systemIds: string[]) {
  const id = `e2e${randomBytes(10).toString("hex")}`;
  const now = new Date();
  await db.dataSubjectRequest.create({
    data: {
      id,
      organizationId,
      reference: `DSR-E2E-${randomBytes(3).toString("hex").toUpperCase()}`,
      type: "ERASURE",
      status: "OPEN",
      source: "PORTAL",
      subjectSealed: sealSubject(id, { email }),
      subjectHash: subjectHash(organizationId, { email }),
      receivedAt: now,
      legalDueAt: new Date(now.getTime() + 30 * 86_400_000),
      processorDueAt: new Date(now.getTime() + 7 * 86_400_000),
      instructedAt: now,
      identityAttestedAt: now,
      tasks: {
        create: systemIds.map((dataSystemId) => ({
          dataSystemId,
          action: "ERASE",
          idempotencyKey: randomUUID(),
        })),
      },
    },
  });
  return id;
}

const eraseStatuses = async (requestId: string) =>
  (await db.dsrTask.findMany({ where: { requestId, action: "ERASE" }, select: { status: true } }))
    .map((t) => t.status)
    .sort();

test("G2/G4: an erasure for a subject under a hold is blocked with the hold as the ground; released → executed", async ({
  page,
  context,
  browser,
  makeUser,
  signIn,
}) => {
  test.setTimeout(120_000);
  const acme = await db.organization.findUniqueOrThrow({
    where: { slug: "acme" },
    select: { id: true, name: true, systems: { select: { dataSystemId: true } } },
  });
  const email = `dora-${randomUUID().slice(0, 8)}@acme-customer.example`;
  await signIn(context, await makeUser({ staffRoles: ["PRIVACY"] }));

  const reference = await placeHold(page, {
    scope: "SUBJECT",
    organizationName: acme.name,
    email: email.toUpperCase(),
    reason: "Preservation order of the public prosecutor",
  });
  const hold = await db.legalHold.findUniqueOrThrow({ where: { reference } });
  expect(JSON.stringify(hold)).not.toContain(email);

  const requestId = await erasureRequest(
    acme.id,
    email,
    acme.systems.map((s) => s.dataSystemId),
  );
  const statusOf = async () =>
    (await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: requestId } })).status;
  await expect.poll(statusOf, { timeout: 45_000, intervals: [500] }).toBe("COMPLETED");
  const blocked = await db.dsrTask.findMany({ where: { requestId } });
  expect(blocked.length).toBe(acme.systems.length);
  for (const task of blocked) {
    expect(task.status).toBe("BLOCKED");
    expect(task.ground).toContain(reference);
    expect(task.attempts).toBe(0);
  }
  expect(await db.holdRefusal.count({ where: { holdId: hold.id, path: "DSR_ERASURE" } })).toBe(
    acme.systems.length,
  );

  // Acme's privacy officer sees the hold as the ground (not its reason).
  const officer = await browser.newContext();
  await signIn(
    officer,
    await makeUser({ memberships: [{ organizationId: acme.id, role: "PRIVACY_OFFICER" }] }),
  );
  const officerPage = await officer.newPage();
  await officerPage.goto(`/portal/acme/requests/${requestId}`);
  await expect(officerPage.getByText(`Legal hold ${reference}`).first()).toBeVisible();
  await expect(officerPage.getByText("public prosecutor")).toHaveCount(0);

  await page.goto("/admin/legal-holds");
  await expect(page.getByRole("row").filter({ hasText: reference })).toContainText("DSR erasure");
  // The hold moves to the released holds, with who released it and why.
  await releaseHold(page, reference, "Order lifted");

  await expect
    .poll(async () => (await eraseStatuses(requestId)).every((s) => s === "DONE" || s === "NOT_FOUND"), {
      timeout: 45_000,
      intervals: [500],
    })
    .toBe(true);
  await expect.poll(statusOf, { timeout: 45_000, intervals: [500] }).toBe("COMPLETED");
  await officerPage.reload();
  await expect(officerPage.getByText(`Legal hold ${reference}`)).toHaveCount(0);
});
