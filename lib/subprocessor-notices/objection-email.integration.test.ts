// Staff are emailed when a customer objects or refuses (GDPR.md C2; SECURITY.md S25): in the transaction
// that records the answer, one outbox email per active PRIVACY staff member (not CONTENT or SUPPORT, not a
// disabled account), key "subprocessor-objection:<noticeId>:<address>", English plain text with the
// organisation, the subprocessor, the answer, the reason on one inert line, and the objections queue link.
// An acceptance or an approval emails nobody.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import { contextFor } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { respondToNotice } from "./respond.ts";

vi.mock("../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date("2026-06-01T10:00:00.000Z");
const clock = fixedClock(NOW);

let counter = 0;
async function notice(org: { id: string; subprocessorAuthorisation: "GENERAL" | "SPECIFIC" }) {
  const name = `Ticketdesk ${++counter} Ltd`;
  const subprocessor = await db.subprocessor.create({
    data: {
      name,
      purpose: "Support ticket hosting",
      dataCategories: ["Names"],
      location: "Dublin",
      country: "IE",
      transferMechanism: "EU/EEA – no transfer",
      activeFrom: new Date(NOW.getTime() + 30 * DAY),
    },
  });
  const change = await db.subprocessorChange.create({
    data: { type: "ADD", subprocessorId: subprocessor.id, effectiveDate: subprocessor.activeFrom },
  });
  const general = org.subprocessorAuthorisation === "GENERAL";
  const row = await db.subprocessorNotice.create({
    data: {
      changeId: change.id,
      organizationId: org.id,
      mode: org.subprocessorAuthorisation,
      noticeDays: 30,
      deliveredAt: general ? NOW : null,
      windowEndsAt: general ? new Date(NOW.getTime() + 30 * DAY) : null,
    },
  });
  return { ...row, name };
}

const staffMail = (noticeId: string) =>
  db.outboxEmail.findMany({
    where: { idempotencyKey: { startsWith: `subprocessor-objection:${noticeId}:` } },
    orderBy: { toAddress: "asc" },
  });

let acme: Awaited<ReturnType<typeof createOrganization>>;
let globex: Awaited<ReturnType<typeof createOrganization>>;
let privacy: { email: string }[];
beforeAll(async () => {
  acme = await createOrganization({ slug: "acme-objects", name: "Acme Retail" });
  globex = await createOrganization({
    slug: "globex-refuses",
    name: "Globex Health",
    subprocessorAuthorisation: "SPECIFIC",
  });
  privacy = [
    await createUser({ email: "a.privacy@provider.example", staffRoles: ["PRIVACY"] }),
    await createUser({ email: "b.privacy-admin@provider.example", staffRoles: ["PRIVACY", "ADMIN"] }),
  ];
  await createUser({ email: "content@provider.example", staffRoles: ["CONTENT"] });
  await createUser({ email: "support@provider.example", staffRoles: ["SUPPORT"] });
  const gone = await createUser({ email: "gone.privacy@provider.example", staffRoles: ["PRIVACY"] });
  await db.user.update({ where: { id: gone.id }, data: { disabledAt: NOW } });
});

describe("staff are emailed when a customer objects or refuses", () => {
  it("writes one email per active PRIVACY staff member, the reason on one line", async () => {
    const officer = await createUser({
      name: "Petra\r\nBcc: evil@attacker.example",
      memberships: [{ organizationId: acme.id, role: "PRIVACY_OFFICER" }],
    });
    const n = await notice(acme);
    const reason = "Our works council\r\nBcc: evil@attacker.example\nhas not agreed.\u2028Subject: hi";
    await respondToNotice(await contextFor(officer, { clock }), {
      slug: acme.slug,
      noticeId: n.id,
      answer: "object",
      reason,
    });
    const mail = await staffMail(n.id);
    expect(mail.map((m) => m.toAddress)).toEqual(privacy.map((p) => p.email));
    expect(mail.map((m) => m.idempotencyKey)).toEqual(
      privacy.map((p) => `subprocessor-objection:${n.id}:${p.email}`),
    );
    for (const m of mail) {
      expect(m.organizationId).toBeNull();
      expect(m.sensitive).toBe(false);
      expect(m.subject).toBe(`Acme Retail objects to subprocessor ${n.name}`);
      const lines = m.textBody.split("\n");
      // The customer's text cannot start a line of its own (no injected "Bcc:" or "Subject:").
      expect(lines.filter((l) => /^(Bcc|Subject):/i.test(l))).toEqual([]);
      expect(lines).toContain(
        "Reason, as the customer wrote it: “Our works council Bcc: evil@attacker.example has not agreed. Subject: hi”",
      );
      expect(lines).toContain("Answered by: Petra Bcc: evil@attacker.example");
      expect(lines).toContain("Organisation: Acme Retail");
      expect(lines).toContain(`Subprocessor: ${n.name}`);
      expect(lines).toContain("Answer: Objected (general authorisation)");
      expect(lines).toContainEqual(expect.stringMatching(/\/admin\/trust\/subprocessors\/objections$/));
    }
    // Recorded with the answer: a second answer is refused and writes no second email.
    await expect(
      respondToNotice(await contextFor(officer, { clock }), {
        slug: acme.slug,
        noticeId: n.id,
        answer: "object",
        reason: "Once more with feeling.",
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await staffMail(n.id)).toHaveLength(privacy.length);
  });

  it("emails them for a refusal under specific authorisation; not for an acceptance or an approval", async () => {
    const admin = await createUser({ memberships: [{ organizationId: globex.id, role: "ADMIN" }] });
    const owner = await createUser({ memberships: [{ organizationId: acme.id, role: "OWNER" }] });
    const as = (user: { id: string }) => contextFor(user, { clock });
    const refused = await notice(globex);
    await respondToNotice(await as(admin), {
      slug: globex.slug,
      noticeId: refused.id,
      answer: "refuse",
      reason: "Not for health data.",
    });
    const mail = await staffMail(refused.id);
    expect(mail.map((m) => m.toAddress)).toEqual(privacy.map((p) => p.email));
    expect(mail[0]!.subject).toBe(`Globex Health refuses subprocessor ${refused.name}`);
    expect(mail[0]!.textBody).toContain("Answer: Refused (specific authorisation)");
    expect(mail[0]!.textBody).toContain("Reason, as the customer wrote it: “Not for health data.”");

    const approved = await notice(globex);
    await respondToNotice(await as(admin), {
      slug: globex.slug,
      noticeId: approved.id,
      answer: "approve",
      reason: "",
    });
    const accepted = await notice(acme);
    await respondToNotice(await as(owner), {
      slug: acme.slug,
      noticeId: accepted.id,
      answer: "accept",
      reason: "",
    });
    expect(await staffMail(approved.id)).toEqual([]);
    expect(await staffMail(accepted.id)).toEqual([]);
  });
});
