// What makes a reviewer's work on the public trust center easier (issue 11, item 14): a table of
// contents on long documents, links between documents that stay in the reader's language, the TOMs and
// the security overview as PDFs like the DPA, an access-request confirmation that repeats what was asked
// for with a reference number (page and email, English and German), subprocessor places that do not
// repeat the country, and the subprocessor CSV as a download that spreadsheets read correctly.
import { PDFDocument } from "@pdfme/pdf-lib";
import { db } from "../../lib/db/client.ts";
import { ensureTestNda, makeLibraryDocument, uniqueSuffix } from "../../lib/trust/library/test-fixtures.ts";
import { expect, latestEmailTo, test } from "../fixtures";

test.describe.configure({ timeout: 60_000 });

test("a long document has a table of contents beside the text on a wide screen, folded above it on a phone", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/en/dpa");
  const contents = page.getByRole("navigation", { name: "Contents" });
  await expect(contents).toBeVisible();
  const links = contents.getByRole("link");
  expect(await links.count()).toBeGreaterThanOrEqual(4);
  const first = links.first();
  const target = (await first.getAttribute("href"))!;
  expect(target).toMatch(/^#.+/);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(`[id="${target.slice(1)}"]`)).toBeInViewport();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/de/toms");
  const folded = page.getByRole("navigation", { name: "Inhalt" }).locator("details");
  await expect(folded.locator("summary")).toHaveText(/^Inhalt \(\d+ Abschnitte\)$/);
  await folded.locator("summary").click();
  await expect(folded.getByRole("link").first()).toBeVisible();
});

test("documents link to each other in the reader's language", async ({ page }) => {
  await page.goto("/en/dpa");
  await expect(
    page.getByRole("main").getByRole("link", { name: "Technical and Organisational Measures" }).first(),
  ).toHaveAttribute("href", "/en/toms");
  await page.goto("/de/dpa");
  const toToms = page
    .getByRole("main")
    .getByRole("link", { name: "Technische und organisatorische Maßnahmen" })
    .first();
  await expect(toToms).toHaveAttribute("href", "/de/toms");
  await toToms.click();
  await expect(page).toHaveURL(/\/de\/toms$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Technische und organisatorische Maßnahmen",
  );
});

test("the TOMs and the security overview download as PDFs, like the DPA, in both languages", async ({
  page,
}) => {
  for (const path of ["/en/toms", "/de/toms", "/en/security", "/de/security", "/en/dpa"]) {
    await page.goto(path);
    const link = page.getByRole("link", {
      name: /^(Download PDF|PDF herunterladen) \((version|Version) \d+\)$/,
    });
    await expect(link, path).toBeVisible();
    const download = page.waitForEvent("download");
    await link.click();
    const file = await download;
    expect(file.suggestedFilename(), path).toMatch(/\.pdf$/);
    const bytes = await (await page.request.get((await link.getAttribute("href"))!)).body();
    expect(bytes.subarray(0, 5).toString("latin1"), path).toBe("%PDF-");
    expect((await PDFDocument.load(bytes)).getPageCount(), path).toBeGreaterThan(0);
  }
  const latest = await page.request.get("/de/security/latest.pdf");
  expect(latest.status()).toBe(200);
  expect(latest.headers()["content-type"]).toContain("application/pdf");
});

const REQUEST_FORM = {
  en: {
    name: "Full name",
    company: "Company",
    email: "Work email",
    reason: "Why do you need the documents?",
    typedName: "Type your full name to accept the agreement",
    submit: "Accept the NDA and send the request",
    heading: "Your request",
    reference: "Your reference",
    pending: "Waiting for review",
    emailReference: "Your reference:",
    emailRequester: "Requested by:",
    quotes: ['"', '"'],
  },
  de: {
    name: "Vollständiger Name",
    company: "Unternehmen",
    email: "Geschäftliche E-Mail-Adresse",
    reason: "Wofür benötigen Sie die Dokumente?",
    typedName: "Geben Sie Ihren vollständigen Namen ein, um die Vereinbarung anzunehmen",
    submit: "Vereinbarung annehmen und Anfrage senden",
    heading: "Ihre Anfrage",
    reference: "Ihre Vorgangsnummer",
    pending: "Wird geprüft",
    emailReference: "Ihre Vorgangsnummer:",
    emailRequester: "Angefragt von:",
    quotes: ["„", "“"],
  },
} as const;

for (const locale of ["en", "de"] as const) {
  test(`the access-request confirmation repeats what was asked for with a reference number (${locale})`, async ({
    page,
  }) => {
    const words = REQUEST_FORM[locale];
    await ensureTestNda(locale);
    const suffix = uniqueSuffix();
    const first = await makeLibraryDocument({
      title: `Pen test summary ${suffix}`,
      titleDe: `Pentest-Bericht ${suffix}`,
    });
    const second = await makeLibraryDocument({
      title: `SOC 2 report ${suffix}`,
      titleDe: `SOC-2-Bericht ${suffix}`,
    });
    const visitor = {
      name: `Rita Reviewer ${suffix}`,
      company: `Käufer ${suffix} GmbH`,
      email: `rita-${suffix}@buyer-${suffix}.example`,
    };

    await page.goto(`/${locale}/documents/request/${first.slug}#${second.slug}`);
    await page.getByLabel(words.name, { exact: true }).fill(visitor.name);
    await page.getByLabel(words.company, { exact: true }).fill(visitor.company);
    await page.getByLabel(words.email, { exact: true }).fill(visitor.email);
    await page.getByLabel(words.reason, { exact: true }).fill("Vendor review.");
    await page.getByLabel(words.typedName).fill(visitor.name);
    await page.getByRole("button", { name: words.submit }).click();

    const confirmation = page.getByRole("region", { name: words.heading });
    await expect(confirmation).toBeVisible();
    const stored = await db.accessRequest.findFirstOrThrow({ where: { email: visitor.email } });
    expect(stored.reference).toMatch(/^AR-[0-9A-F]{5}-[0-9A-F]{5}$/);
    const facts = confirmation.locator("dl");
    await expect(facts.locator("dt", { hasText: words.reference }).locator("+ dd")).toContainText(
      stored.reference,
    );
    await expect(facts).toContainText(visitor.name);
    await expect(facts).toContainText(visitor.company);
    await expect(facts).toContainText(visitor.email);
    const titles =
      locale === "de"
        ? [`Pentest-Bericht ${suffix}`, `SOC-2-Bericht ${suffix}`]
        : [first.title, second.title];
    for (const title of titles)
      await expect(facts.getByRole("listitem").filter({ hasText: title })).toContainText(words.pending);

    const mail = await latestEmailTo(visitor.email, new RegExp(stored.reference));
    expect(mail, "the confirmation email names the reference in its subject").not.toBeNull();
    expect(mail!.text).toContain(`${words.emailReference} ${stored.reference}`);
    // What the visitor typed is quoted in the provider's email (S25).
    const [open, close] = words.quotes;
    expect(mail!.text).toContain(
      `${words.emailRequester} ${open}${visitor.name}${close}, ${open}${visitor.company}${close}`,
    );
    for (const title of titles) expect(mail!.text).toContain(title);
  });
}

test("subprocessor places do not repeat the country shown beside them", async ({ page }) => {
  for (const [path, country] of [
    ["/en/subprocessors", "Germany"],
    ["/de/subprocessors", "Deutschland"],
  ] as const) {
    await page.goto(path);
    const row = page.getByRole("row").filter({ hasText: "Mainhafen Cloud GmbH" }).first();
    await expect(row, path).toContainText("Frankfurt am Main");
    await expect(row, path).toContainText(country);
    const text = (await row.textContent()) ?? "";
    expect(text.split(country).length - 1, `${path}: "${country}" once`).toBe(1);
    expect(text, path).not.toContain("Frankfurt am Main, ");
  }
});

test("the subprocessor CSV is a download with a UTF-8 byte order mark", async ({ page }) => {
  await page.goto("/en/subprocessors");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /CSV/ }).click();
  expect((await download).suggestedFilename()).toBe("subprocessors.csv");

  const response = await page.request.get("/subprocessors.csv");
  expect(response.headers()["content-disposition"]).toBe('attachment; filename="subprocessors.csv"');
  expect(response.headers()["content-type"]).toContain("charset=utf-8");
  const bytes = await response.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.subarray(3).toString("utf8")).toMatch(/^name,/);
});
