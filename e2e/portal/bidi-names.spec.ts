// A name cannot turn the words around it (SECURITY.md S25): names typed today refuse direction controls,
// but a row stored before that rule may still hold one. A RIGHT-TO-LEFT OVERRIDE (U+202E) in the stored
// name of whoever acknowledged a breach notification would otherwise reverse the acknowledgement time
// shown after it; the portal and the staff console show the name isolated (<bdi>), without the control.
import { randomUUID } from "node:crypto";
import { db } from "../../lib/db/client.ts";
import { seedDeliveredBreach } from "../../lib/incidents/testing/breach-fixtures.ts";
import { expect, test, type Fixtures } from "../fixtures";
import type { Locator } from "@playwright/test";

const RLO = "\u202e";
const ZONE = "Europe/Berlin";
test.use({ timezoneId: ZONE });

const ACKNOWLEDGED_AT = new Date("2026-03-04T09:15:00Z");
/** 10:15 in Berlin: the digits a reversed line would show as "51:01". */
const TIME_TEXT = "10:15";

async function acknowledgedByOldRow(makeOrganization: Fixtures["makeOrganization"], tag: string) {
  const org = await makeOrganization({ name: `Bidi Customer ${tag}` });
  const { incident, notifications } = await seedDeliveredBreach([org.id], { title: `Bidi breach ${tag}` });
  await db.incidentNotification.update({
    where: { id: notifications[0]!.id },
    data: { acknowledgedAt: ACKNOWLEDGED_AT, acknowledgedByName: `Eve ${tag} ${RLO}evol` },
  });
  return { org, incident, notificationId: notifications[0]!.id };
}

/** The name sits in its own <bdi>, holds no override, and comes before the time on the screen. */
async function expectIsolated(line: Locator, tag: string) {
  const name = line.locator("bdi").filter({ hasText: `Eve ${tag}` });
  await expect(name).toHaveCount(1);
  expect(await name.textContent()).toBe(`Eve ${tag} evol`);
  expect(await line.textContent()).not.toContain(RLO);
  const time = line.locator("time");
  await expect(time).toContainText(TIME_TEXT);
  // On the screen the time starts after the name ends (to its right, or on a later line).
  const order = await line.evaluate((element) => {
    const nameRects = element.querySelector("bdi")!.getClientRects();
    const nameEnd = nameRects[nameRects.length - 1]!;
    const timeStart = element.querySelector("time")!.getClientRects()[0]!;
    return {
      sameLine: timeStart.top === nameEnd.top,
      after: timeStart.left >= nameEnd.right - 1,
      below: timeStart.top > nameEnd.top,
    };
  });
  expect(order.sameLine ? order.after : order.below).toBe(true);
}

test("S25: an acknowledgement by a name stored with U+202E reads in order in the portal", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const tag = randomUUID().slice(0, 8);
  const { org, notificationId } = await acknowledgedByOldRow(makeOrganization, tag);
  await signIn(context, await makeUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] }));

  await page.goto(`/portal/${org.slug}/breach-notifications/${notificationId}`);
  const line = page.locator("dd").filter({ hasText: "Acknowledged by" });
  await expect(line).toHaveText(new RegExp(`^Acknowledged by Eve ${tag} evol at .*${TIME_TEXT}`));
  await expectIsolated(line, tag);

  await page.goto(`/portal/${org.slug}/breach-notifications`);
  const cell = page.getByRole("cell").filter({ hasText: "Acknowledged by" });
  await expect(cell).toHaveText(new RegExp(`Acknowledged by Eve ${tag} evol at .*${TIME_TEXT}`));
  await expectIsolated(cell, tag);
});

test("S25: staff see the same acknowledgement isolated in the incident's notifications", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const tag = randomUUID().slice(0, 8);
  const { incident } = await acknowledgedByOldRow(makeOrganization, tag);
  await signIn(context, await makeUser({ staffRoles: ["SECURITY"], timeZone: ZONE }));

  await page.goto(`/admin/incidents/${incident.id}`);
  const cell = page.getByRole("cell").filter({ hasText: `Eve ${tag}` });
  await expect(cell).toHaveText(new RegExp(`${TIME_TEXT}.* by Eve ${tag} evol$`));
  const name = cell.locator("bdi");
  await expect(name).toHaveText(`Eve ${tag} evol`);
  expect(await cell.textContent()).not.toContain(RLO);
});
