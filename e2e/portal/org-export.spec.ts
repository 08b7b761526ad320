// Issue 13, "full export, at any time" (GDPR.md D4, H1; SECURITY.md S11, S12): an owner of the seeded Acme
// starts an export from the portal's Export page, sees its progress, then the download; the ZIP holds a
// CSV and a JSON file for every entity, README and manifest, the manifest's hashes match the files, and
// nothing of Globex is in any file. The download is audited in Acme's chain. A Globex owner gets 404 for
// Acme's page and its download; Acme's auditor has no entry and is refused. The page is looked at on a
// phone and a laptop, in English and German (screenshots kept with the test results).
import { strFromU8, unzipSync } from "fflate";
import { chainFor } from "../../lib/audit/hash.ts";
import { sha256Hex } from "../../lib/crypto/sha256.ts";
import { db } from "../../lib/db/client.ts";
import { expect, test } from "../fixtures";
import { look } from "../fixtures/look";

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 900 };

test.use({ timezoneId: "America/New_York" });

test("an Acme owner exports everything: progress, then the download; the manifest's hashes match; Globex is in no file", async ({
  page,
  context,
  browser,
  makeUser,
  signIn,
}) => {
  test.setTimeout(120_000);
  const acme = await db.organization.findUniqueOrThrow({ where: { slug: "acme" } });
  const globex = await db.organization.findUniqueOrThrow({
    where: { slug: "globex" },
    include: { memberships: { include: { user: { select: { email: true } } } } },
  });
  const owner = await makeUser({ memberships: [{ organizationId: acme.id, role: "OWNER" }] });
  await signIn(context, owner);
  await page.setViewportSize(LAPTOP);
  await page.goto("/portal/acme");
  await page
    .getByRole("navigation", { name: "Customer portal navigation" })
    .getByRole("link", { name: "Export", exact: true })
    .click();
  await expect(page).toHaveURL(/\/portal\/acme\/export$/);
  await expect(page.getByRole("heading", { name: "Export all data" })).toBeVisible();

  await page.getByRole("button", { name: "Start export" }).click();
  await expect(page.getByText("The export has started. Its progress is shown below.")).toBeVisible();
  const row = page.getByTestId("export-row").first();
  await expect(row.getByRole("progressbar", { name: "Export progress" })).toBeVisible();
  await look(page, "export-running-laptop");
  const download = row.getByRole("link", { name: "Download" });
  await expect(download).toBeVisible({ timeout: 60_000 });
  await expect(row.getByText("Ready")).toBeVisible();
  await look(page, "export-ready-laptop");
  await page.setViewportSize(PHONE);
  await look(page, "export-ready-phone");

  const href = (await download.getAttribute("href"))!;
  expect(href).toMatch(/^\/portal\/acme\/export\/[a-z0-9]+\/download$/);
  const response = await context.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/zip");
  const bytes = new Uint8Array(await response.body());
  expect(sha256Hex(bytes)).toBe(response.headers()["x-content-sha256"]);
  const entries = unzipSync(bytes);
  const manifest = JSON.parse(strFromU8(entries["manifest.json"]!)) as {
    organization: { slug: string };
    files: { path: string; sha256: string; bytes: number }[];
    entities: { name: string; rows: number }[];
  };
  expect(manifest.organization.slug).toBe("acme");
  const names = manifest.entities.map((e) => e.name);
  for (const name of [
    "organization",
    "settings",
    "members",
    "invitations",
    "breach-notifications",
    "breach-notices",
    "breach-notice-emails",
    "dsr-requests",
    "dsr-tasks",
    "dsr-packages",
    "subprocessor-notices",
    "api-keys",
    "webhook-endpoints",
    "audit-log",
  ])
    expect(names).toContain(name);
  for (const name of names) {
    expect(entries[`${name}.csv`], `${name}.csv`).toBeDefined();
    expect(entries[`${name}.json`], `${name}.json`).toBeDefined();
  }
  expect(Object.keys(entries).sort()).toEqual([...manifest.files.map((f) => f.path), "manifest.json"].sort());
  for (const file of manifest.files) expect(sha256Hex(entries[file.path]!), file.path).toBe(file.sha256);
  expect(strFromU8(entries["members.csv"]!)).toContain(owner.email);
  expect(manifest.entities.find((e) => e.name === "audit-log")!.rows).toBeGreaterThan(0);

  const foreign = [globex.id, globex.name, ...globex.memberships.map((m) => m.user.email)];
  for (const [path, content] of Object.entries(entries)) {
    const text = strFromU8(content);
    for (const value of foreign) expect(text, `${path} holds ${value}`).not.toContain(value);
  }

  const exportId = href.split("/")[4]!;
  await expect
    .poll(() =>
      db.auditEvent.count({
        where: { chain: chainFor(acme.id), action: "org.export.downloaded", targetId: exportId },
      }),
    )
    .toBe(1);
  await page.reload();
  await expect(page.getByTestId("export-row").first()).toContainText("1");

  // In German: the same page in the reader's language.
  const german = await browser.newContext({ locale: "de-DE", viewport: LAPTOP, timezoneId: "Europe/Berlin" });
  await signIn(german, owner);
  const de = await german.newPage();
  await de.goto("/portal/acme/export");
  await expect(de.getByRole("heading", { name: "Alle Daten exportieren" })).toBeVisible();
  await expect(
    de.getByTestId("export-row").first().getByRole("link", { name: "Herunterladen" }),
  ).toBeVisible();
  await look(de, "export-ready-german");
  await german.close();

  // Globex's owner: Acme's page and its download do not exist for them.
  const intruder = await browser.newContext();
  await signIn(intruder, await makeUser({ memberships: [{ organizationId: globex.id, role: "OWNER" }] }));
  const other = await intruder.newPage();
  expect((await other.goto("/portal/acme/export"))!.status()).toBe(404);
  const stolen = await intruder.request.get(href);
  expect(stolen.status()).toBe(404);
  expect(await stolen.text()).not.toContain("PK");
  await intruder.close();

  // Acme's auditor reads the audit log, but has no Export entry and is refused.
  const auditorContext = await browser.newContext();
  await signIn(
    auditorContext,
    await makeUser({ memberships: [{ organizationId: acme.id, role: "AUDITOR" }] }),
  );
  const auditor = await auditorContext.newPage();
  await auditor.goto("/portal/acme");
  await expect(
    auditor
      .getByRole("navigation", { name: "Customer portal navigation" })
      .getByRole("link", { name: "Audit log" }),
  ).toBeVisible();
  await expect(
    auditor
      .getByRole("navigation", { name: "Customer portal navigation" })
      .getByRole("link", { name: "Export", exact: true }),
  ).toHaveCount(0);
  expect((await auditor.goto("/portal/acme/export"))!.status()).toBe(403);
  expect((await auditorContext.request.get(href)).status()).toBe(403);
  await auditorContext.close();
});
