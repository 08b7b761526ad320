// The staff console: the mail viewer for staff who may read mail, navigation that follows the staff
// role, and the provider audit chain with its verification (on demand, S24).
import { randomUUID } from "node:crypto";
import { recordAudit } from "../../lib/audit/record.ts";
import { db } from "../../lib/db/client.ts";
import { formatInstant } from "../../lib/i18n/format.ts";
import { enqueueEmail } from "../../lib/mail/outbox.ts";
import { expect, test } from "../fixtures";
import { look } from "../fixtures/look.ts";

async function writeOutboxEmail() {
  const tag = randomUUID();
  return db.outboxEmail.create({
    data: {
      idempotencyKey: `e2e-console-${tag}`,
      toAddress: `recipient-${tag.slice(0, 8)}@example.test`,
      subject: `Breach notice test ${tag.slice(0, 8)}`,
      textBody: `Hello,\n\nthis is the body of message ${tag}.\n\nNorthwind Analytics`,
    },
  });
}

test("support staff see a new outbox email as Waiting in the mail viewer and can open it", async ({
  page,
  context,
  makeUser,
  signIn,
}) => {
  const email = await writeOutboxEmail();
  await signIn(context, await makeUser({ staffRoles: ["SUPPORT"] }));

  await page.goto("/admin");
  await page
    .getByRole("navigation", { name: "Staff console navigation" })
    .getByRole("link", { name: "Mail" })
    .click();

  await expect(page).toHaveURL(/\/admin\/mail$/);
  await expect(page.getByRole("status").filter({ hasText: "No SMTP server configured" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: email.subject });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell").nth(1)).toHaveText(email.toAddress);
  await expect(row.getByRole("cell").nth(3)).toHaveText("Waiting");

  await row.getByRole("link", { name: email.subject }).click();

  await expect(page).toHaveURL(new RegExp(`/admin/mail/${email.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(email.subject);
  await expect(page.getByText(`To ${email.toAddress}`)).toBeVisible();
  await expect(page.getByText("Waiting", { exact: true })).toBeVisible();
  await expect(page.getByText("this is the body of message")).toHaveText(email.textBody);
});

test.describe("on a phone, in Berlin", () => {
  test.use({ viewport: { width: 390, height: 844 }, timezoneId: "Europe/Berlin" });

  test("a message the mail server refused shows Retrying with the server's answer and the next attempt in Berlin time", async ({
    page,
    context,
    makeUser,
    signIn,
  }) => {
    const email = await writeOutboxEmail();
    const nextAttemptAt = new Date(Date.now() + 90 * 60_000);
    await db.outboxEmail.update({
      where: { id: email.id },
      data: { attempts: 2, lastError: "421 4.3.2 Service not available, closing channel", nextAttemptAt },
    });
    await signIn(context, await makeUser({ staffRoles: ["SUPPORT"], timeZone: "Europe/Berlin" }));
    await page.goto("/admin/mail");
    const state = page.getByRole("row").filter({ hasText: email.subject }).getByRole("cell").nth(3);
    await expect(state).toContainText("Retrying");
    await expect(state).toContainText("Attempt 2 refused: 421 4.3.2 Service not available, closing channel.");
    await expect(state.locator("time")).toHaveText(formatInstant("en", nextAttemptAt, "Europe/Berlin"));
    await look(page, "mail-retrying-phone-berlin");
  });
});

test("in production without SMTP, support staff cannot read a customer's sign-in link in the mail viewer: it is sealed (S26)", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const org = await makeOrganization();
  const owner = await makeUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
  const tag = randomUUID();
  const token = `e2e-${tag.replaceAll("-", "")}`;
  // Written as the sign-in link request writes it: sensitive, so sealed at rest.
  await db.$transaction((tx) =>
    enqueueEmail(tx, {
      idempotencyKey: `e2e-console-sealed-${tag}`,
      to: owner.email,
      subject: `Your sign-in link ${tag.slice(0, 8)}`,
      text: `Sign in: http://127.0.0.1/magic-link/${token}`,
      sensitive: true,
    }),
  );
  const email = await db.outboxEmail.findUniqueOrThrow({
    where: { idempotencyKey: `e2e-console-sealed-${tag}` },
  });
  await signIn(context, await makeUser({ staffRoles: ["SUPPORT"] }));

  const response = await page.goto(`/admin/mail/${email.id}`);
  expect(response?.status()).toBe(200);
  expect(await response!.text(), "neither the page nor its React payload holds the link").not.toContain(
    token,
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(email.subject);
  await expect(page.getByText("This message contains a single-use link for its recipient")).toBeVisible();
  await expect(page.getByText(token)).toHaveCount(0);

  const list = await page.goto("/admin/mail");
  expect(await list!.text()).not.toContain(token);
  const row = page.getByRole("row").filter({ hasText: email.subject });
  await expect(row.getByText("Sealed")).toBeVisible();
});

test("content staff have no Mail link and cannot read the mail viewer by URL", async ({
  page,
  context,
  makeUser,
  signIn,
}) => {
  const email = await writeOutboxEmail();
  await signIn(context, await makeUser({ staffRoles: ["CONTENT"] }));

  await page.goto("/admin");
  const nav = page.getByRole("navigation", { name: "Staff console navigation" });
  await expect(nav.getByRole("link", { name: "Overview" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Mail" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Audit log" })).toHaveCount(0);

  for (const path of ["/admin/mail", `/admin/mail/${email.id}`]) {
    const response = await page.goto(path);
    expect(response?.status(), `${path}: refused as forbidden, not a server error`).toBe(403);
    const body = await response!.text();
    expect(body, path).not.toContain(email.subject);
    expect(body, path).not.toContain(email.toAddress);
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  }
});

test("the audit log shows the provider chain, verified, including a new event", async ({
  page,
  context,
  makeUser,
  signIn,
}) => {
  const label = `e2e-marker-${randomUUID()}`;
  await recordAudit({
    actor: { userId: null, label },
    action: "provider.settings.updated",
    metadata: { changes: { purpose: "console spec marker" } },
  });
  await signIn(context, await makeUser({ staffRoles: ["SECURITY"] }));

  await page.goto("/admin");
  await page
    .getByRole("navigation", { name: "Staff console navigation" })
    .getByRole("link", { name: "Audit log" })
    .click();

  await expect(page).toHaveURL(/\/admin\/audit$/);
  // A view shows the last verification from the checkpoint (S24); verifying now checks the events since.
  await page.getByRole("button", { name: "Verify new events" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: /^Verified \d+ events?: the chain is intact/ }),
  ).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Chain verified" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "does not verify" })).toHaveCount(0);
  const row = page.getByRole("row").filter({ hasText: label });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Provider settings changed");
  await expect(row).toContainText("provider.settings.updated");
});
