import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { startSmtpSink, type SmtpSink } from "../testing/smtp-sink.ts";
import { deliverPendingEmails } from "./deliver.ts";
import { DELIVERED_SENSITIVE_NOTE, enqueueEmail, outboxBody } from "./outbox.ts";
import { smtpTransport } from "./transport.ts";

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
});

const LINK = "https://trust.example/magic-link/SECRET-TOKEN-abc123";

describe("emails that carry a secret link (S17: no token in the database in clear, S22)", () => {
  it("stores the body sealed, delivers it readable, then erases it", async () => {
    await db.$transaction((tx) =>
      enqueueEmail(tx, {
        idempotencyKey: "magic:1",
        to: "user@example.test",
        subject: "Your sign-in link",
        text: `Sign in: ${LINK}`,
        sensitive: true,
      }),
    );
    const stored = await db.outboxEmail.findUniqueOrThrow({ where: { idempotencyKey: "magic:1" } });
    expect(JSON.stringify(stored)).not.toContain("SECRET-TOKEN");
    expect(outboxBody(stored)).toBe(`Sign in: ${LINK}`);

    await deliverPendingEmails(
      smtpTransport(sink.url, "Article28 <no-reply@example.test>", "http://localhost:3000"),
    );

    expect(sink.accepted.some((m) => m.raw.includes("SECRET-TOKEN-abc123"))).toBe(true);
    const after = await db.outboxEmail.findUniqueOrThrow({ where: { idempotencyKey: "magic:1" } });
    expect(after.status).toBe("SENT");
    expect(after.textBody).toBe(DELIVERED_SENSITIVE_NOTE);
    expect(outboxBody(after)).toBe(DELIVERED_SENSITIVE_NOTE);
  });

  it("keeps ordinary messages as written", async () => {
    await db.$transaction((tx) =>
      enqueueEmail(tx, {
        idempotencyKey: "plain:1",
        to: "user@example.test",
        subject: "Hello",
        text: "Plain body",
      }),
    );
    expect((await db.outboxEmail.findUniqueOrThrow({ where: { idempotencyKey: "plain:1" } })).textBody).toBe(
      "Plain body",
    );
  });
});
