// Issue 11 item 1 (ADR 0016): the e2e server runs without SMTP_URL, so a sent notice is queued, not
// delivered — the incident page, the deadline dashboard and the register say so and keep the deadline
// running, every breach page warns that no mail server is configured, and the incident page shows each
// recipient's email: queued, or (from recorded outbox states) accepted, retrying and failed with the
// server's answer. Then the delivery worker runs against a real SMTP server on 127.0.0.1
// (lib/testing/smtp-sink.ts): each recipient's email becomes "accepted" and the notice "delivered".
import { randomBytes } from "node:crypto";
import { db } from "../../lib/db/client.ts";
import { deliverPendingEmails } from "../../lib/mail/deliver.ts";
import { smtpTransport } from "../../lib/mail/transport.ts";
import { startSmtpSink } from "../../lib/testing/smtp-sink.ts";
import { noticeOutboxKey } from "../../lib/incidents/notices/outbox-key.ts";
import { createDeclaredBreach, seedDeliveredBreach } from "../../lib/incidents/testing/breach-fixtures.ts";
import { sendFirstNoticePhase } from "../fixtures/breach-notice.ts";
import { expect, test } from "../fixtures";

const WARNING = "No mail server configured: breach notices are queued, not delivered";

test("without a mail server a sent notice is queued, not delivered: the deadline keeps running, and every breach page warns; a mail server accepting it delivers it per recipient", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  // Compose, send, five pages, a delivery run and two more pages: longer than the default 30 s.
  test.setTimeout(60_000);
  const tag = randomBytes(4).toString("hex");
  const organization = await makeOrganization({
    name: `Queued Customer ${tag}`,
    breachNotificationHours: 24,
  });
  const owner = await makeUser({ memberships: [{ organizationId: organization.id, role: "OWNER" }] });
  const officer = await makeUser({
    memberships: [{ organizationId: organization.id, role: "PRIVACY_OFFICER" }],
  });
  const incident = await createDeclaredBreach({
    organizationIds: [organization.id],
    awareAt: new Date(Date.now() - 3 * 3_600_000),
    title: `Queued notice ${tag}`,
  });
  await signIn(context, await makeUser({ staffRoles: ["SECURITY"] }));

  await page.goto(`/admin/incidents/${incident.id}/notice`);
  await expect(page.getByTestId("mail-transport-warning")).toContainText(WARNING);
  await sendFirstNoticePhase(page);
  const sent = page.getByRole("list", { name: "Sent phases" });
  await expect(sent.getByRole("heading", { name: "Phase 1", exact: true })).toBeVisible();
  await expect(sent).toContainText("2 queued");

  // The incident page: queued, not delivered, with the time left; each recipient's email waits.
  await page.goto(`/admin/incidents/${incident.id}`);
  await expect(page.getByTestId("mail-transport-warning")).toContainText(WARNING);
  const row = page
    .getByRole("table", { name: "Delivery and acknowledgement per organisation" })
    .getByRole("row")
    .filter({ hasText: organization.name });
  await expect(row).toContainText("Queued: not delivered");
  await expect(row).toContainText(/\d+ h \d+ min left/);
  await expect(row).not.toContainText("Delivered");
  await expect(page.getByTestId("delivery-summary")).toContainText(
    "2 emails: 0 accepted by a mail server, 2 queued, 0 retrying, 0 failed.",
  );
  const recipients = page.getByRole("table", { name: "Email delivery per recipient" });
  for (const { email } of [owner, officer]) {
    const recipient = recipients.getByRole("row").filter({ hasText: email });
    await expect(recipient).toContainText("Queued");
    await expect(recipient).toContainText("Waiting for a mail server; not delivered.");
  }

  // The deadline dashboard keeps it open with the deadline running; the register still shows the deadline.
  await page.goto("/admin/incidents/dashboard");
  await expect(page.getByTestId("mail-transport-warning")).toBeVisible();
  const due = page.getByRole("row").filter({ hasText: organization.name });
  await expect(due).toContainText("Deadline running");
  await expect(due).toContainText(/\d+ h \d+ min left/);
  await expect(due).toContainText("Queued");
  await expect(due).not.toContainText(/Delivered/);
  await page.goto("/admin/incidents");
  await expect(page.getByTestId("mail-transport-warning")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: incident.reference })).toContainText(/min left/);
  await page.goto("/admin/incidents/new");
  await expect(page.getByTestId("mail-transport-warning")).toBeVisible();

  // A mail server now accepts this organisation's emails: each recipient's becomes accepted, the notice
  // delivered, and the deadline met.
  const sink = await startSmtpSink();
  try {
    const delivered = await deliverPendingEmails(
      smtpTransport(sink.url, "Article28 <no-reply@trust.example.test>", "https://trust.example.test"),
      { organizationId: organization.id, concurrency: 2 },
    );
    expect(delivered).toEqual({ sent: 2, failed: 0 });
    expect(sink.accepted.flatMap((m) => m.rcptTo).sort()).toEqual([owner.email, officer.email].sort());
  } finally {
    await sink.close();
  }
  await page.goto(`/admin/incidents/${incident.id}`);
  const deliveredRow = page
    .getByRole("table", { name: "Delivery and acknowledgement per organisation" })
    .getByRole("row")
    .filter({ hasText: organization.name });
  await expect(deliveredRow).toContainText("Delivered");
  await expect(deliveredRow).not.toContainText("Queued: not delivered");
  await expect(page.getByTestId("delivery-summary")).toContainText(
    "2 emails: 2 accepted by a mail server, 0 queued, 0 retrying, 0 failed.",
  );
  for (const { email } of [owner, officer])
    await expect(recipients.getByRole("row").filter({ hasText: email })).toContainText(
      /Accepted\s*by the mail server at/,
    );
  await page.goto("/admin/incidents/dashboard");
  await expect(page.getByRole("row").filter({ hasText: organization.name })).not.toContainText(
    "Deadline running",
  );
});

test("the incident page shows each recipient's email: accepted with the time, retrying and failed with the server's answer", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const tag = randomBytes(4).toString("hex");
  const organization = await makeOrganization({ name: `Mixed Delivery ${tag}` });
  const retrying = `retrying-${tag}@example.test`;
  const failed = `failed-${tag}@example.test`;
  const { incident, phases } = await seedDeliveredBreach([organization.id], { withOutbox: true });
  // The fixture's notification reached the organisation by one address; add two whose emails were refused.
  const notification = await db.incidentNotification.findFirstOrThrow({ where: { incidentId: incident.id } });
  const phase = phases[1]!;
  await db.noticeDelivery.updateMany({
    where: { notificationId: notification.id, phaseId: phase.id },
    data: { recipients: { push: [retrying, failed] } },
  });
  const accepted = (
    await db.noticeDelivery.findFirstOrThrow({
      where: { notificationId: notification.id, phaseId: phase.id },
    })
  ).recipients[0]!;
  await db.outboxEmail.createMany({
    data: [
      {
        idempotencyKey: noticeOutboxKey(phase.id, organization.id, retrying),
        organizationId: organization.id,
        toAddress: retrying,
        subject: "Personal data breach notification",
        textBody: "See the portal.",
        status: "PENDING",
        attempts: 2,
        lastError: "451 4.2.1 mailbox temporarily unavailable",
        nextAttemptAt: new Date(Date.now() + 60_000),
      },
      {
        idempotencyKey: noticeOutboxKey(phase.id, organization.id, failed),
        organizationId: organization.id,
        toAddress: failed,
        subject: "Personal data breach notification",
        textBody: "See the portal.",
        status: "FAILED",
        attempts: 8,
        lastError: "550 5.1.1 no such user",
      },
    ],
  });
  await signIn(context, await makeUser({ staffRoles: ["PRIVACY"] }));

  await page.goto(`/admin/incidents/${incident.id}`);
  await expect(
    page
      .getByRole("table", { name: "Delivery and acknowledgement per organisation" })
      .getByRole("row")
      .filter({ hasText: organization.name }),
  ).toContainText("Delivered");
  const table = page.getByRole("table", { name: "Email delivery per recipient" });
  const rowOf = (address: string) => table.getByRole("row").filter({ hasText: address });
  // Problems first.
  await expect(table.getByRole("row").nth(1)).toContainText(failed);
  await expect(rowOf(failed)).toContainText("Failed");
  await expect(rowOf(failed)).toContainText(
    "Given up after 8 attempts: 550 5.1.1 no such user. Not delivered.",
  );
  await expect(rowOf(retrying)).toContainText("Retrying");
  await expect(rowOf(retrying)).toContainText(
    "Attempt 2 refused: 451 4.2.1 mailbox temporarily unavailable.",
  );
  await expect(rowOf(accepted).first()).toContainText(/Accepted\s*by the mail server at/);
});
