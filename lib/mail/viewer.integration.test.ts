// The staff mail viewer never hands staff a usable single-use link outside development (SECURITY.md S26):
// the finding was a SUPPORT user requesting a sign-in link for a customer's owner, opening it in the
// viewer of a server without SMTP, and following it into the owner's session. Vitest runs with
// NODE_ENV=test and no SMTP_URL: the same "not development, nothing sends mail" a production server
// without SMTP has (e2e/admin/console.spec.ts checks the production build itself).
import { describe, expect, it, vi } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { requestMagicLink } from "../auth/email-links/magic-link.ts";
import { db } from "../db/client.ts";
import { anonymousContext, contextFor } from "../testing/context.ts";
import { outboxBody } from "./outbox.ts";
import { getOutboxMessage, listOutbox } from "./viewer.ts";

vi.mock("../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

describe("the mail viewer outside development (S26)", () => {
  it("a SUPPORT user cannot read the sign-in link requested for a customer's owner: the message is sealed and says why", async () => {
    const org = await createOrganization();
    const owner = await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
    const support = await contextFor(await createUser({ staffRoles: ["SUPPORT"] }));
    await requestMagicLink(anonymousContext({ request: { ip: "192.0.2.201" } }), { email: owner.email });
    const row = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: owner.email } });
    const token = /\/magic-link\/([A-Za-z0-9_-]{43})/.exec(outboxBody(row))![1]!;

    const message = await getOutboxMessage(support, row.id);
    expect(JSON.stringify(message)).not.toContain(token);
    expect(message.body).toEqual({ readable: false, reason: "single_use_link" });
    expect(JSON.stringify(await listOutbox(support))).not.toContain(token);
    const listed = (await listOutbox(support)).items.find((item) => item.id === row.id);
    expect(listed).toMatchObject({ sealed: true });
  });

  it("an ordinary message stays readable (control)", async () => {
    const support = await contextFor(await createUser({ staffRoles: ["SUPPORT"] }));
    const row = await db.outboxEmail.create({
      data: {
        idempotencyKey: `viewer-plain-${Date.now()}`,
        toAddress: "someone@example.test",
        subject: "A plain notice",
        textBody: "Nothing secret here.",
      },
    });
    expect((await getOutboxMessage(support, row.id)).body).toEqual({
      readable: true,
      text: "Nothing secret here.",
    });
    expect((await listOutbox(support)).items.find((item) => item.id === row.id)).toMatchObject({
      sealed: false,
    });
  });

  it("staff without the mail permission are refused; customers are told it does not exist", async () => {
    const content = await contextFor(await createUser({ staffRoles: ["CONTENT"] }));
    const org = await createOrganization();
    const customer = await contextFor(
      await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] }),
    );
    await expect(listOutbox(content)).rejects.toMatchObject({ code: "forbidden" });
    await expect(listOutbox(customer)).rejects.toMatchObject({ code: "not_found" });
  });
});
