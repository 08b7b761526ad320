// Tests: hands one organisation's queued emails to a real SMTP server (lib/testing/smtp-sink.ts) as the
// delivery worker would at `at`, so what an acceptance records (a breach notice delivered, a subprocessor
// notice's window opened) is dated by the test's clock. Queued rows are due at the database's time: they
// are made due at `at` first (the test's clock may lie before or after it).
import { db } from "../db/client.ts";
import { deliverPendingEmails } from "../mail/deliver.ts";
import { smtpTransport } from "../mail/transport.ts";
import { fixedClock } from "../time/clock.ts";
import type { SmtpSink } from "./smtp-sink.ts";

export async function deliverOutboxAt(sink: SmtpSink, organization: { id: string }, at: Date) {
  await db.outboxEmail.updateMany({
    where: { organizationId: organization.id, status: "PENDING" },
    data: { nextAttemptAt: at },
  });
  return deliverPendingEmails(
    smtpTransport(sink.url, "Article28 <no-reply@localhost>", "http://localhost:3000"),
    {
      clock: fixedClock(at),
      organizationId: organization.id,
    },
  );
}
