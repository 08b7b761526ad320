// Tenant isolation of breach notifications (SECURITY.md S12; GDPR.md B1): a member of organisation A
// asks for organisation B's notification through every URL — the page, the evidence files, through A's
// own slug and through B's — and gets 404 with none of B's incident or organisation data in the body.
// A third organisation, not affected, sees nothing at all.
import { randomUUID } from "node:crypto";
import { seedDeliveredBreach } from "../../lib/incidents/testing/breach-fixtures.ts";
import { expect, test } from "../fixtures";

test("S12: an organisation never sees another organisation's breach notification, evidence or name", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const tag = randomUUID().slice(0, 8);
  const attackerOrg = await makeOrganization({ name: `Attacker Breach Org ${tag}` });
  const victimOrg = await makeOrganization({
    slug: `victim-breach-${tag}`,
    name: `Zyxwv Victim Breach Holdings ${tag}`,
  });
  const thirdOrg = await makeOrganization({ name: `Unaffected Third Org ${tag}` });
  const attacker = await makeUser({ memberships: [{ organizationId: attackerOrg.id, role: "OWNER" }] });
  const third = await makeUser({ memberships: [{ organizationId: thirdOrg.id, role: "OWNER" }] });
  const shared = await seedDeliveredBreach([attackerOrg.id, victimOrg.id], {
    title: `Shared incident ${tag}`,
  });
  const victimOnly = await seedDeliveredBreach([victimOrg.id], { title: `Qxzv victim-only incident ${tag}` });
  const victimNotification = shared.notifications[1]!.id;
  const secrets = [
    victimOrg.name,
    victimOrg.id,
    victimOrg.slug,
    victimNotification,
    victimOnly.incident.title,
    victimOnly.incident.reference,
    victimOnly.incident.id,
    victimOnly.notifications[0]!.id,
  ];
  // A page echoes the URL it was asked for (in its RSC payload), so what the attacker typed is not a leak.
  const expectClean = (body: string, where: string, requested = "") => {
    for (const secret of secrets.filter((s) => !requested.includes(s)))
      expect(body, `${where} must not contain "${secret}"`).not.toContain(secret);
  };

  await signIn(context, attacker);
  // Control: the attacker sees the shared incident in its own list.
  const ownList = await context.request.get(`/portal/${attackerOrg.slug}/breach-notifications`);
  expect(ownList.status()).toBe(200);
  const ownListBody = await ownList.text();
  expect(ownListBody).toContain(`Shared incident ${tag}`);
  expectClean(ownListBody, "the attacker's own list");
  const ownEvidence = await context.request.get(
    `/portal/${attackerOrg.slug}/breach-notifications/${shared.notifications[0]!.id}/evidence.json`,
  );
  expect(ownEvidence.status()).toBe(200);
  expectClean(await ownEvidence.text(), "the attacker's own evidence JSON");

  for (const slug of [attackerOrg.slug, victimOrg.slug]) {
    for (const id of [victimNotification, victimOnly.notifications[0]!.id]) {
      for (const suffix of ["", "/evidence.json", "/evidence.pdf"]) {
        const url = `/portal/${slug}/breach-notifications/${id}${suffix}`;
        const response = await context.request.get(url);
        expect(response.status(), url).toBe(404);
        expectClean(await response.text(), `GET ${url}`, url);
      }
    }
  }
  const victimList = await context.request.get(`/portal/${victimOrg.slug}/breach-notifications`);
  expect(victimList.status()).toBe(404);
  expectClean(await victimList.text(), "the victim's list", `/portal/${victimOrg.slug}/breach-notifications`);
  const victimUrl = `/portal/${attackerOrg.slug}/breach-notifications/${victimNotification}`;
  const navigation = await page.goto(victimUrl);
  expect(navigation?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  expectClean(await page.content(), "the rendered page", victimUrl);

  // The third organisation is not affected: an empty list, no banner, 404 on both notifications.
  await context.clearCookies();
  await signIn(context, third);
  await page.goto(`/portal/${thirdOrg.slug}/breach-notifications`);
  await expect(page.getByRole("heading", { name: "No breach notifications" })).toBeVisible();
  await expect(page.getByTestId("breach-banner")).toHaveCount(0);
  const thirdBody = await page.content();
  expectClean(thirdBody, "the third organisation's list");
  expect(thirdBody).not.toContain(`Shared incident ${tag}`);
  for (const id of [shared.notifications[0]!.id, victimNotification]) {
    const response = await context.request.get(
      `/portal/${thirdOrg.slug}/breach-notifications/${id}/evidence.json`,
    );
    expect(response.status()).toBe(404);
    expectClean(await response.text(), "the third organisation's evidence request", id);
  }
});
