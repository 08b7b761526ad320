// Subprocessor list and change notices in the browser (GDPR.md C2, C3; SECURITY.md S3, S14, S20): a
// visitor subscribes on /en/subprocessors and confirms by the emailed link (POST, not GET); CONTENT
// staff announce an addition; exactly one notice reaches the subscriber through the outbox; the page,
// /subprocessors.json and /subprocessors.csv list the new entry; the notice's one-click unsubscribe
// works without an Origin.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { db } from "../../lib/db/client.ts";
import { outboxBody, outboxHeaders } from "../../lib/mail/outbox.ts";
import { parseCsvRecords } from "../../lib/trust/subprocessors/testing/parse-csv.ts";
import { expect, latestEmailTo, test } from "../fixtures";

const ACCEPTED = "Check your inbox to confirm your subscription. The link works for 48 hours.";

async function subscribeOnPage(page: Page, email: string) {
  await page.goto("/en/subprocessors");
  const form = page.getByRole("form", { name: "Subscribe" });
  await form.getByLabel("Email address").fill(email);
  await form.getByRole("button", { name: "Subscribe" }).click();
  await expect(form.getByRole("status")).toHaveText(ACCEPTED);
}

/** Waits out the last seconds before midnight (UTC), so the server's today is the same when the form is shown and when it is sent. */
async function awayFromMidnight() {
  const untilMidnight = 86_400_000 - (Date.now() % 86_400_000);
  if (untilMidnight > 20_000) return;
  test.setTimeout(test.info().timeout + untilMidnight + 1_000);
  await new Promise((resolve) => setTimeout(resolve, untilMidnight + 1_000));
}

/** The confirmation link (written after the response, so wait for it). */
async function confirmationLink(email: string): Promise<string> {
  let text = "";
  await expect
    .poll(async () => (text = (await latestEmailTo(email, /Confirm your subscription/))?.text ?? ""), {
      timeout: 10_000,
    })
    .toContain("/subscriptions/confirm/");
  return /(https?:\/\/\S+\/en\/subscriptions\/confirm\/[A-Za-z0-9_-]{43})/.exec(text)![1]!;
}

test("subscribe and confirm, staff announce an addition: one notice to the subscriber; page, JSON and CSV list it", async ({
  page,
  browser,
  baseURL,
  makeUser,
  signIn,
  request,
}) => {
  test.setTimeout(60_000); // two browsers, and the announcement now takes a preview step first
  const tag = randomUUID().slice(0, 8);
  const email = `subscriber.${tag}@example.test`;

  // The visitor subscribes; an already-subscribed address would get the very same answer.
  await subscribeOnPage(page, email);
  const link = await confirmationLink(email);
  expect(new URL(link).origin).toBe(new URL(baseURL!).origin);

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Confirm your subscription" })).toBeVisible();
  expect(
    (await db.subscriber.findUniqueOrThrow({ where: { email } })).confirmedAt,
    "opening the link confirms nothing",
  ).toBeNull();
  await page.getByRole("button", { name: "Confirm subscription" }).click();
  await expect(page.getByRole("status")).toContainText("your subscription is confirmed");
  expect((await db.subscriber.findUniqueOrThrow({ where: { email } })).confirmedAt).not.toBeNull();

  // CONTENT staff announce an addition effective today (shorter notice, confirmed on purpose).
  const name = `Playwright Logs ${tag} SAS`;
  const staffContext = await browser.newContext({ baseURL });
  const staffPage = await staffContext.newPage();
  try {
    await signIn(staffContext, await makeUser({ staffRoles: ["CONTENT"] }));
    await awayFromMidnight();
    await staffPage.goto("/admin/trust/subprocessors");
    const form = staffPage.getByRole("form", { name: "Announce a change" });
    await form.getByLabel("Company name").fill(name);
    await form.getByLabel("Purpose (English)").fill("Log analytics for the e2e test");
    await form.getByLabel("Data categories (English)").fill("IP addresses\nUsage data");
    await form.getByLabel("Location").fill("Lyon");
    await form.getByLabel("Country code").fill("FR");
    await form.getByLabel("Transfer mechanism").fill("EU/EEA – no transfer");
    const effectiveDate = form.getByLabel("Effective date", { exact: true });
    await effectiveDate.fill((await effectiveDate.getAttribute("min"))!); // the server's today, the earliest date it offers
    await expect(
      form.getByRole("status").filter({ hasText: "Shorter notice than the DPA promises" }),
    ).toBeVisible();
    await form.getByLabel(/Announce with shorter notice/).check();
    await form.getByLabel("Note (English)").fill(`Added by e2e ${tag}.`);
    await form.getByRole("button", { name: "Preview notice and recipients" }).click();
    await expect(form.getByRole("region", { name: "Preview before sending" })).toBeVisible();
    await form.getByRole("button", { name: "Announce change and notify customers" }).click();
    await expect(form.getByRole("status").filter({ hasText: "Change announced." })).toBeVisible();
  } finally {
    await staffContext.close();
  }

  // Exactly one notice of this change to the subscriber, in the outbox, naming the new subprocessor.
  // (Another spec may announce a change while this one runs: the subscriber gets that notice too.)
  const notices = await db.outboxEmail.findMany({
    where: {
      toAddress: email,
      idempotencyKey: { startsWith: "subprocessor-change:" },
      subject: { contains: name },
    },
  });
  expect(notices).toHaveLength(1);
  expect(notices[0]!.subject).toMatch(/subprocessor/i);
  expect(notices[0]!.subject).toContain(name);
  expect(outboxBody(notices[0]!)).toContain(`Added by e2e ${tag}.`);
  expect(await latestEmailTo(email, /^Subprocessor change/)).toMatchObject({ subject: notices[0]!.subject });

  // The public page (re-rendered after the announcement), the JSON and the CSV list it as current.
  await expect(async () => {
    await page.goto("/en/subprocessors");
    await expect(
      page
        .getByRole("table", { name: "Subprocessors that currently process customer personal data" })
        .getByRole("rowheader", { name }),
    ).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole("heading", { name: `New subprocessor: ${name}` })).toBeVisible();

  const json = await request.get("/subprocessors.json");
  expect(json.status()).toBe(200);
  expect(json.headers()["content-type"]).toBe("application/json; charset=utf-8");
  const document = (await json.json()) as {
    subprocessors: { name: string; country: string; dataCategories: string[] }[];
  };
  expect(document.subprocessors.find((s) => s.name === name)).toMatchObject({
    country: "FR",
    dataCategories: ["IP addresses", "Usage data"],
  });

  const csv = await request.get("/subprocessors.csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["content-disposition"]).toBe('attachment; filename="subprocessors.csv"');
  const records = parseCsvRecords(await csv.text());
  expect(records.find((r) => r.name === name)).toMatchObject({
    country: "FR",
    dataCategories: "IP addresses; Usage data",
  });
  expect(records.map((r) => r.name).sort(), "the CSV and the JSON list the same entries").toEqual(
    document.subprocessors.map((s) => s.name).sort(),
  );

  // The notice's one-click unsubscribe (RFC 8058): a mail provider's POST, no Origin, no session.
  const oneClick = /^<(.+)>$/.exec(outboxHeaders(notices[0]!)["List-Unsubscribe"] ?? "")![1]!;
  const path = new URL(oneClick).pathname + new URL(oneClick).search;
  const unsubscribed = await request.post(path, { form: { "List-Unsubscribe": "One-Click" } });
  expect(unsubscribed.status()).toBe(200);
  expect((await db.subscriber.findUniqueOrThrow({ where: { email } })).unsubscribedAt).not.toBeNull();
});

test("German visitors get the German page; the subscribe form answers the same for a repeated address and refuses a bad one", async ({
  page,
}) => {
  await page.goto("/de/subprocessors");
  await expect(page.getByRole("heading", { level: 1, name: "Unterauftragsverarbeiter" })).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 2, name: "Aktuelle Unterauftragsverarbeiter" }),
  ).toBeVisible();
  const form = page.getByRole("form", { name: "Abonnieren" });
  await form.getByLabel("E-Mail-Adresse").fill("kein-email");
  await form.getByRole("button", { name: "Abonnieren" }).click();
  await expect(form.getByText("Geben Sie eine E-Mail-Adresse ein, z. B. name@example.com.")).toBeVisible();
  await expect(form.getByLabel("E-Mail-Adresse"), "the typed text stays to be corrected").toHaveValue(
    "kein-email",
  );

  const email = `leser.${randomUUID().slice(0, 8)}@example.test`;
  const answers: string[] = [];
  for (let i = 0; i < 2; i++) {
    await page.goto("/de/subprocessors");
    await form.getByLabel("E-Mail-Adresse").fill(email);
    await form.getByRole("button", { name: "Abonnieren" }).click();
    await expect(form.getByRole("status")).toBeVisible();
    answers.push((await form.getByRole("status").textContent()) ?? "");
  }
  expect(answers[0]).toBe(
    "Bitte prüfen Sie Ihr Postfach und bestätigen Sie das Abonnement. Der Link ist 48 Stunden gültig.",
  );
  expect(answers[1]).toBe(answers[0]);
  await expect
    .poll(async () => (await latestEmailTo(email, /Abonnement/))?.text ?? "", { timeout: 10_000 })
    .toContain("/de/subscriptions/confirm/");
});

test("an unknown confirmation link and an unknown unsubscribe link say so clearly", async ({ page }) => {
  const fake = "A".repeat(43);
  const confirm = await page.goto(`/en/subscriptions/confirm/${fake}`);
  expect(confirm?.status()).toBe(200);
  expect(confirm?.headers()["cache-control"]).toContain("no-store");
  await expect(
    page.getByRole("heading", { level: 1, name: "This confirmation link does not work" }),
  ).toBeVisible();
  await page.goto(`/de/subscriptions/unsubscribe/${fake}`);
  await expect(
    page.getByRole("heading", { level: 1, name: "Dieser Abmeldelink funktioniert nicht" }),
  ).toBeVisible();
});
