// Emails in the reader's language (issue 11 item 7): a person's own choice first, else their
// organisation's default language, else English; an address without an account (an invitee) reads the
// organisation's default. Checked on the emails as the outbox holds them.
import { describe, expect, it, vi } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { requestMagicLink } from "../auth/email-links/magic-link.ts";
import { requestPasswordReset } from "../auth/passwords/password-reset.ts";
import { notifySecurityChange } from "../auth/security-notice.ts";
import { db } from "../db/client.ts";
import { inviteMember } from "../organizations/invite-member.ts";
import { anonymousContext, contextFor } from "../testing/context.ts";
import { systemClock } from "../time/clock.ts";
import { outboxBody } from "./outbox.ts";
import { recipientLocale } from "./recipient-locale.ts";

vi.mock("../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

/** A caller of its own (each test is its own throttle subject). */
const caller = (ip: string) => anonymousContext({ request: { ip } });

async function newestEmailTo(address: string): Promise<{ subject: string; text: string }> {
  const row = await db.outboxEmail.findFirstOrThrow({
    where: { toAddress: address },
    orderBy: { createdAt: "desc" },
  });
  return { subject: row.subject, text: outboxBody(row) };
}

async function germanOrganization() {
  const organization = await createOrganization();
  return db.organization.update({ where: { id: organization.id }, data: { defaultLanguage: "de" } });
}

describe("the language of an email (issue 11 item 7)", () => {
  it("a German user's sign-in link is written in German", async () => {
    const user = await createUser({ name: "Greta Lindqvist", language: "de" });
    await requestMagicLink(caller("192.0.2.141"), { email: user.email });

    const email = await newestEmailTo(user.email);
    expect(email.subject).toBe("Ihr Anmeldelink");
    expect(email.text.split("\n")[0]).toBe("Hallo „Greta Lindqvist“,");
    expect(email.text).toContain("Öffnen Sie ihn innerhalb von 10 Minuten, um sich anzumelden:");
    expect(email.text).toMatch(/\/magic-link\/[A-Za-z0-9_-]{43}/);
  });

  it("without a choice, follows the organisation's default language; a choice of English wins over it", async () => {
    const organization = await germanOrganization();
    const member = { memberships: [{ organizationId: organization.id, role: "MEMBER" as const }] };
    const undecided = await createUser(member);
    const english = await createUser({ ...member, language: "en" });

    await requestPasswordReset(caller("192.0.2.142"), { email: undecided.email });
    await requestPasswordReset(caller("192.0.2.143"), { email: english.email });
    expect((await newestEmailTo(undecided.email)).subject).toBe("Setzen Sie Ihr Passwort zurück");
    expect((await newestEmailTo(english.email)).subject).toBe("Reset your password");
    expect(await recipientLocale(db, { userId: (await createUser()).id }), "no organisation: English").toBe(
      "en",
    );
  });

  it("an invitation to an address without an account reads the organisation's default language", async () => {
    const organization = await germanOrganization();
    const owner = await createUser({ memberships: [{ organizationId: organization.id, role: "OWNER" }] });
    const invitee = `neu-${organization.slug}@example.test`;
    await inviteMember(await contextFor(owner), {
      organization: organization.slug,
      email: invitee,
      role: "MEMBER",
    });

    const email = await newestEmailTo(invitee);
    expect(email.subject).toBe(`Einladung zu ${organization.name}`);
    expect(email.text).toContain(
      `hat Sie eingeladen, ${organization.name} im Portal des Trust Centers als Mitglied beizutreten.`,
    );
  });

  it("a security notice to a German user is German, detail line included", async () => {
    const user = await createUser({ language: "de" });
    await db.$transaction((tx) =>
      notifySecurityChange(tx, { request: null, clock: systemClock }, user, "mfa.backup_code.used", {
        detail: { en: "Backup codes left: 3.", de: "Verbleibende Backup-Codes: 3." },
      }),
    );
    const email = await newestEmailTo(user.email);
    expect(email.subject).toBe("Ein Backup-Code wurde zur Anmeldung verwendet");
    expect(email.text).toContain("Verbleibende Backup-Codes: 3.");
    expect(email.text).toContain("Wenn Sie das waren, ist nichts weiter zu tun.");
  });
});
