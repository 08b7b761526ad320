// Issue 13, audit events past the retention period (ADR 0025; GDPR.md G1, H1): an organisation's chain whose
// oldest events are 500 days old is pruned by the audit pruning job behind a signed checkpoint; its owner
// then verifies the whole log in the portal, which starts from that checkpoint, says which events went and
// why, and lists the pruning as an event. In English at laptop width and in German at phone width.
import { randomUUID } from "node:crypto";
import { pruneAuditChains } from "../../lib/audit/prune.ts";
import { recordAudit, SYSTEM_ACTOR } from "../../lib/audit/record.ts";
import { db } from "../../lib/db/client.ts";
import { fixedClock } from "../../lib/time/clock.ts";
import { expect, test } from "../fixtures";

test.use({ timezoneId: "America/New_York" });

test("G1/H1: after the audit pruning the owner verifies the log from its signed checkpoint", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const tag = randomUUID().slice(0, 8);
  const acme = await makeOrganization({ name: `Acme ${tag} Ltd` });
  const owner = await makeUser({
    email: `owner-${tag}@acme.example`,
    memberships: [{ organizationId: acme.id, role: "OWNER" }],
  });
  const old = fixedClock(new Date(Date.now() - 500 * 86_400_000));
  for (let i = 1; i <= 4; i++) {
    if (i === 4) old.set(new Date(Date.now() - 60_000));
    await recordAudit(
      {
        organizationId: acme.id,
        actor: SYSTEM_ACTOR,
        action: "org.breach_contacts.updated",
        metadata: { from: [], to: [`privacy-${i}-${tag}@acme.example`] },
      },
      { clock: old },
    );
    old.advance(1_000);
  }
  const chain = `org:${acme.id}`;
  const run = await pruneAuditChains();
  expect(run.chains.find((c) => c.chain === chain)).toMatchObject({ outcome: "pruned", throughSeq: 3 });
  expect(await db.auditPruneCheckpoint.count({ where: { chain } })).toBe(1);

  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(context, owner);
  await page.goto(`/portal/${acme.slug}/audit`);
  await page.getByRole("button", { name: "Verify the whole log" }).click();
  await expect(page.getByRole("form", { name: "Verify the log" })).toContainText(
    /the log is intact up to event #\d+\./,
  );
  await page.reload();
  const verification = page.getByRole("region", { name: "Verification" });
  await expect(verification).toContainText(/Log verified: all \d+ events are intact/);
  await expect(verification).toContainText("last check from the signed checkpoint");
  await expect(verification).toContainText(
    "Events up to #3 were removed after the retention period; the check starts from their signed checkpoint.",
  );
  await expect(page.getByRole("table")).toContainText(
    "Expired audit events removed behind a signed checkpoint",
  );
  await page.screenshot({ path: test.info().outputPath("audit-pruned-en-laptop.png"), fullPage: true });

  await db.user.update({ where: { id: owner.id }, data: { language: "de" } });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByRole("region", { name: "Prüfung" })).toContainText(
    "Ereignisse bis #3 wurden nach Ablauf der Aufbewahrungsfrist entfernt; die Prüfung beginnt an ihrem signierten Prüfpunkt.",
  );
  await expect(page.getByRole("table")).toContainText(
    "Abgelaufene Audit-Ereignisse hinter signiertem Prüfpunkt entfernt",
  );
  await page.screenshot({ path: test.info().outputPath("audit-pruned-de-phone.png"), fullPage: true });
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
});
