// Issue 11 item 7: a customer whose browser asks for German reads the sign-in page, the portal (home,
// members, security settings) and their account pages in German, with German field errors; the tab
// names the page in German and the provider, not "Trust Center". On the account page they switch to
// English and the pages follow. An invitation from an organisation whose language is German arrives at a
// mail server in German. The German pages fit a phone (390 px) and a laptop (1366 px): nothing scrolls
// sideways; screenshots are kept with the test results.
import type { Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { db } from "../../lib/db/client.ts";
import { seedDeliveredBreach } from "../../lib/incidents/testing/breach-fixtures.ts";
import { deliverPendingEmails } from "../../lib/mail/deliver.ts";
import { smtpTransport } from "../../lib/mail/transport.ts";
import { startSmtpSink } from "../../lib/testing/smtp-sink.ts";
import { expect, test } from "../fixtures";
import { look as lookFully } from "../fixtures/look";

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 900 };

// A German browser in Berlin (times the browser formats appear in its zone).
test.use({ locale: "de-DE", timezoneId: "Europe/Berlin" });

async function providerName(): Promise<string> {
  return (await db.providerSettings.findUniqueOrThrow({ where: { id: "provider" } })).displayName;
}

/** Buttons, headings, labels and badges show their whole text: none is cut off inside its own box. */
async function expectNothingClipped(page: Page) {
  const clipped = await page
    .locator("main :is(button, h1, h2, h3, label, legend, th, td, dt, dd, p, span)")
    .evaluateAll((elements) =>
      elements
        // Visible, and not a screen-reader-only text (those are a 1 px box on purpose).
        .filter((e) => (e as HTMLElement).offsetParent !== null && e.clientWidth > 1)
        .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== "visible")
        .map((e) => e.textContent?.trim().slice(0, 60)),
    );
  expect(clipped, `${page.url()}: text cut off`).toEqual([]);
}

async function look(page: Page, name: string) {
  await lookFully(page, name);
  await expectNothingClipped(page);
}

/** Bytes of quoted-printable text ("=C3=BC" is one byte each); `underscores` as in encoded words. */
function quotedPrintable(text: string, underscores = false): Buffer {
  const plain = underscores ? text.replace(/_/g, " ") : text;
  const bytes = plain
    .replace(/=\r?\n/g, "")
    .split(/(=[0-9A-F]{2})/)
    .flatMap((part) =>
      /^=[0-9A-F]{2}$/.test(part) ? [parseInt(part.slice(1), 16)] : [...Buffer.from(part, "utf8")],
    );
  return Buffer.from(bytes);
}

/** A header as read: RFC 2047 encoded words ("=?UTF-8?Q?M=C3=BCller?=") decoded. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      (encoding.toUpperCase() === "B" ? Buffer.from(text, "base64") : quotedPrintable(text, true)).toString(
        "utf8",
      ),
    );
}

/** The plain text of a single-part email as the mail server received it (quoted-printable or base64). */
function bodyOf(raw: string): string {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split);
  const body = raw.slice(split).trim();
  if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body, "base64").toString("utf8");
  if (!/content-transfer-encoding:\s*quoted-printable/i.test(head)) return body;
  return quotedPrintable(body).toString("utf8");
}

test("a German customer signs in and reads the portal and their account in German, then switches to English", async ({
  page,
  makeOrganization,
  makeUser,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize(LAPTOP);
  const tag = randomBytes(4).toString("hex");
  const organization = await makeOrganization({ name: `Müller Logistik ${tag}` });
  await db.organization.update({ where: { id: organization.id }, data: { defaultLanguage: "de" } });
  const owner = await makeUser({
    name: "Greta Müller",
    email: `greta.${tag}@mueller.example`,
    memberships: [{ organizationId: organization.id, role: "OWNER" }],
  });
  const provider = await providerName();

  // Sign-in, in German because the browser asks for it.
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Anmelden" })).toBeVisible();
  await expect(page).toHaveTitle(`Anmelden · ${provider}`);
  await expect(page.getByRole("link", { name: "Passwort vergessen?" })).toBeVisible();
  await look(page, "sign-in-desktop");
  await page.getByLabel("E-Mail").fill(owner.email);
  await page.getByLabel("Passwort", { exact: true }).fill("not the password");
  await page.getByRole("button", { name: "Anmelden" }).click();
  // Checking a password takes a moment (argon2id): wait longer than for a page.
  await expect(
    page.getByRole("alert").filter({ hasText: "E-Mail-Adresse oder Passwort ist nicht korrekt." }),
  ).toBeVisible({ timeout: 15_000 });
  await page.getByLabel("Passwort", { exact: true }).fill(owner.password);
  await page.getByRole("button", { name: "Anmelden" }).click();

  // The portal's home.
  await expect(page).toHaveURL(new RegExp(`/portal/${organization.slug}$`), { timeout: 15_000 });
  await expect(page).toHaveTitle(`Kundenportal · ${provider}`);
  await expect(page.getByText("Sie sind angemeldet als")).toBeVisible();
  await expect(page.getByText("Inhaber", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Meldefrist bei Datenpannen" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Navigation: Kundenportal" });
  await expect(nav.getByRole("link", { name: "Übersicht" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("button", { name: "Abmelden" })).toBeVisible();
  await look(page, "portal-home-desktop");

  // Members: a German field error, then an invitation sent.
  await nav.getByRole("link", { name: "Mitglieder" }).click();
  await expect(page.getByRole("heading", { name: "Mitglieder", level: 1 })).toBeVisible();
  await expect(page).toHaveTitle(`Mitglieder · ${provider}`);
  const invite = page.getByRole("form", { name: "Mitglied einladen" });
  await invite.getByLabel("E-Mail-Adresse").fill("kein-at-zeichen");
  await invite.getByRole("button", { name: "Einladung senden" }).click();
  await expect(invite.getByText("Geben Sie eine E-Mail-Adresse ein, etwa name@example.com.")).toBeVisible();
  await expect(invite.getByRole("alert")).toHaveText("Bitte korrigieren Sie die markierten Felder.");
  const invitee = `neu.${tag}@mueller.example`;
  await invite.getByLabel("E-Mail-Adresse").fill(invitee);
  await invite.getByLabel("Rolle").selectOption({ label: "Datenschutzbeauftragter" });
  await invite.getByRole("button", { name: "Einladung senden" }).click();
  await expect(invite.getByRole("status")).toHaveText(`Einladung an ${invitee} gesendet.`);
  await expect(page.getByRole("table", { name: "Offene Einladungen" })).toContainText(invitee);
  await look(page, "members-desktop");

  // The invitation reaches a mail server in German (the address has no account: the organisation's language).
  const sink = await startSmtpSink();
  try {
    await deliverPendingEmails(
      smtpTransport(sink.url, "Article28 <no-reply@trust.example.test>", "https://trust.example.test"),
      { organizationId: organization.id, concurrency: 1 },
    );
    const mail = sink.accepted.find((m) => m.rcptTo.includes(invitee));
    expect(mail, "the invitation was delivered").toBeDefined();
    expect(decodeHeader(mail!.subject ?? "")).toBe(`Einladung zu ${organization.name}`);
    const text = bodyOf(mail!.raw);
    expect(text).toContain("Guten Tag,");
    expect(text).toContain(`„Greta Müller“ (${owner.email}) hat Sie eingeladen`);
    expect(text).toContain("als Datenschutzbeauftragter beizutreten.");
    expect(text).toContain("Nehmen Sie die Einladung innerhalb von 7 Tagen an:");
  } finally {
    await sink.close();
  }

  // Security settings.
  await nav.getByRole("link", { name: "Sicherheitseinstellungen" }).click();
  await expect(page.getByRole("heading", { name: "Sicherheitseinstellungen", level: 1 })).toBeVisible();
  await expect(page.getByText("Zwei-Faktor-Authentifizierung für jedes Mitglied verlangen.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Single Sign-on mit Microsoft Entra ID" })).toBeVisible();
  await page.getByRole("button", { name: "Sicherheitseinstellungen speichern" }).click();
  await expect(page.getByText("Nichts geändert.")).toBeVisible();
  await look(page, "settings-desktop");

  // The account: profile with a German field error, the security page, sessions.
  await page.getByRole("link", { name: "Greta Müller" }).click();
  await expect(page.getByRole("heading", { name: "Profil und Passwort", level: 1 })).toBeVisible();
  await expect(page).toHaveTitle(`Profil und Passwort · ${provider}`);
  const profile = page.getByRole("form", { name: "Profil" });
  await profile.getByLabel("Name").fill("   ");
  await profile.getByRole("button", { name: "Profil speichern" }).click();
  await expect(profile.getByText("Geben Sie Ihren Namen ein.")).toBeVisible();
  await look(page, "account-desktop");
  const accountNav = page.getByRole("navigation", { name: "Navigation: Ihr Konto" });
  await accountNav.getByRole("link", { name: "Zwei-Faktor-Authentifizierung" }).click();
  await expect(page.getByRole("heading", { name: "Zwei-Faktor-Authentifizierung", level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Authenticator-App einrichten" })).toBeEnabled();
  await look(page, "account-security-desktop");
  await accountNav.getByRole("link", { name: "Sitzungen" }).click();
  await expect(page.getByRole("heading", { name: "Sitzungen", level: 1 })).toBeVisible();
  await expect(page.getByText("Dieses Gerät")).toBeVisible();
  await look(page, "account-sessions-desktop");

  // Switching to English on the account page: the pages follow, whatever the browser says.
  await accountNav.getByRole("link", { name: "Profil und Passwort" }).click();
  const language = page.getByRole("form", { name: "Language / Sprache" });
  await expect(language.getByLabel("Sprache")).toHaveValue("de");
  await language.getByLabel("Sprache").selectOption({ label: "English" });
  await language.getByRole("button", { name: "Sprache speichern" }).click();
  await expect(page.getByRole("heading", { name: "Profile and password", level: 1 })).toBeVisible();
  await expect(page.getByRole("form", { name: "Language / Sprache" }).getByRole("status")).toHaveText(
    "Your language was saved.",
  );
  expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).language).toBe("en");
  await page.goto(`/portal/${organization.slug}`);
  await expect(page.getByText("You are signed in as")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Customer portal navigation" })).toBeVisible();
  await expect(page).toHaveTitle(`Customer portal · ${provider}`);
});

test("a breach notification: the 72-hour countdown and the items of each phase are German too", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const tag = randomBytes(4).toString("hex");
  const organization = await makeOrganization({ name: `Müller Logistik ${tag}` });
  const officer = await makeUser({
    memberships: [{ organizationId: organization.id, role: "PRIVACY_OFFICER" }],
  });
  const { notifications } = await seedDeliveredBreach([organization.id], { withOutbox: true });
  await signIn(context, officer);
  await page.setViewportSize(PHONE);
  await page.goto(`/portal/${organization.slug}/breach-notifications/${notifications[0]!.id}`);

  await expect(page).toHaveTitle(`Meldung einer Datenschutzverletzung · ${await providerName()}`);
  const clock = page.getByRole("heading", { name: "Ihre 72-Stunden-Frist gegenüber Ihrer Aufsichtsbehörde" });
  await expect(clock).toBeVisible();
  await expect(page.getByText(/^(noch \d+ (T\.|Std\.|Min\.)|.* überfällig$)/).first()).toBeVisible();
  await expect(page.getByText(/\b(left|overdue)$/)).toHaveCount(0);
  const phase = page.getByRole("region", { name: "Phase 1", exact: true });
  await expect(phase.getByText("Art der Verletzung")).toBeVisible();
  await expect(phase.getByText("Ergriffene oder vorgeschlagene Maßnahmen")).toBeVisible();
  await expect(phase.getByText("Nature of the breach")).toHaveCount(0);
  await look(page, "breach-notification-phone");
  await page.setViewportSize(LAPTOP);
  await look(page, "breach-notification-desktop");
});

test.describe("the German pages on a phone", () => {
  test.use({ viewport: PHONE });

  test("fit a 390 px screen: nothing scrolls sideways or is cut off", async ({
    page,
    context,
    makeOrganization,
    makeUser,
    signIn,
  }) => {
    test.setTimeout(60_000);
    const tag = randomBytes(4).toString("hex");
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { name: "Anmelden" })).toBeVisible();
    await look(page, "sign-in-phone");
    await page.goto("/reset-password");
    await expect(page.getByRole("heading", { name: "Passwort zurücksetzen" })).toBeVisible();
    await look(page, "reset-password-phone");

    const organization = await makeOrganization({ name: `Müller Logistik ${tag}` });
    const owner = await makeUser({ memberships: [{ organizationId: organization.id, role: "OWNER" }] });
    await makeUser({ memberships: [{ organizationId: organization.id, role: "PRIVACY_OFFICER" }] });
    await signIn(context, owner);
    for (const [path, heading, name] of [
      [`/portal/${organization.slug}`, organization.name, "portal-home-phone"],
      [`/portal/${organization.slug}/members`, "Mitglieder", "members-phone"],
      [`/portal/${organization.slug}/settings`, "Sicherheitseinstellungen", "settings-phone"],
      [
        `/portal/${organization.slug}/breach-notifications`,
        "Meldungen von Datenschutzverletzungen",
        "breaches-phone",
      ],
      ["/account", "Profil und Passwort", "account-phone"],
      ["/account/security", "Zwei-Faktor-Authentifizierung", "account-security-phone"],
      ["/account/sessions", "Sitzungen", "account-sessions-phone"],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
      await look(page, name);
    }
  });
});
