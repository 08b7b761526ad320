// Content staff maintain the compliance roadmap in the staff console; visitors see each change on the
// public compliance page (EN and DE), on /updates and in the Atom feed, which stays valid Atom.
import { randomBytes } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "../fixtures";

const ATOM_NS = "http://www.w3.org/2005/Atom";

/** Reloads a prerendered public page until it shows the change (it is revalidated on the next visit). */
async function eventually(page: Page, path: string, check: () => Promise<void>) {
  await expect(async () => {
    await page.goto(path);
    await check();
  }).toPass({ timeout: 15_000 });
}

/** Parses the feed with the browser's XML parser and returns its shape. */
async function readAtom(page: Page, request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();
  return page.evaluate(
    ({ text, ns }) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const root = doc.documentElement;
      const child = (element: Element, name: string) =>
        Array.from(element.children).filter((c) => c.namespaceURI === ns && c.localName === name);
      return {
        parseErrors: doc.getElementsByTagName("parsererror").length,
        root: root.localName,
        namespace: root.namespaceURI,
        id: child(root, "id")[0]?.textContent ?? null,
        title: child(root, "title")[0]?.textContent ?? null,
        updated: child(root, "updated")[0]?.textContent ?? null,
        entries: child(root, "entry").map((entry) => ({
          id: child(entry, "id")[0]?.textContent ?? null,
          title: child(entry, "title")[0]?.textContent ?? null,
          updated: child(entry, "updated")[0]?.textContent ?? null,
          link: child(entry, "link")[0]?.getAttribute("href") ?? null,
        })),
      };
    },
    { text: xml, ns: ATOM_NS },
  );
}

test("content staff add, edit and delete a roadmap item; the public pages and the feed follow", async ({
  page,
  context,
  browser,
  request,
  baseURL,
  makeUser,
  signIn,
}) => {
  const standard = `E2E Standard ${randomBytes(3).toString("hex")}`;
  await signIn(context, await makeUser({ staffRoles: ["CONTENT"] }));

  await page.goto("/admin/trust/compliance");
  await expect(page.getByRole("heading", { name: "Compliance roadmap", level: 1 })).toBeVisible();
  const addForm = page.getByRole("form", { name: "Add a standard" });
  await addForm.getByLabel("Standard").fill(standard);
  await addForm.getByLabel("Status").selectOption({ label: "In progress" });
  await addForm.getByLabel("Target date").fill("2027-06-30");
  await addForm.getByLabel("Description (English)").fill("Certification audit planned for 2027.");
  await addForm.getByLabel("Description (German)").fill("Zertifizierungsaudit für 2027 geplant.");
  await addForm.getByRole("button", { name: "Add to roadmap" }).click();
  await expect(addForm.getByRole("status")).toHaveText(`Added “${standard}” to the roadmap.`);
  await expect(page.getByRole("row").filter({ hasText: standard })).toHaveCount(1);

  const visitor = await (await browser.newContext()).newPage();
  await eventually(visitor, "/en/compliance", async () => {
    const row = visitor.getByRole("row").filter({ hasText: standard });
    await expect(row).toContainText("In progress");
    await expect(row).toContainText("30 June 2027");
    await expect(row).toContainText("Certification audit planned for 2027.");
  });
  await eventually(visitor, "/de/compliance", async () => {
    const row = visitor.getByRole("row").filter({ hasText: standard });
    await expect(row).toContainText("In Umsetzung");
    await expect(row).toContainText("30. Juni 2027");
    await expect(row).toContainText("Zertifizierungsaudit für 2027 geplant.");
  });

  // Edit: the status change is announced.
  await page
    .getByRole("row")
    .filter({ hasText: standard })
    .getByRole("link", { name: `Edit ${standard}` })
    .click();
  await expect(page.getByRole("heading", { name: `Edit ${standard}`, level: 1 })).toBeVisible();
  await page.getByLabel("Status").selectOption({ label: "Compliant" });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText(`Saved “${standard}”.`);

  await eventually(visitor, "/en/compliance", async () => {
    await expect(visitor.getByRole("row").filter({ hasText: standard })).toContainText("Compliant");
  });
  await eventually(visitor, "/en/updates", async () => {
    await expect(
      visitor.getByRole("link", { name: `Compliance: ${standard} is now “Compliant”` }),
    ).toHaveAttribute("href", "/en/compliance");
  });
  await eventually(visitor, "/en", async () => {
    await expect(visitor.getByRole("row").filter({ hasText: standard })).toContainText("Compliant");
  });

  await expect(async () => {
    const feed = await readAtom(visitor, request, "/updates.atom");
    expect(feed).toMatchObject({
      parseErrors: 0,
      root: "feed",
      namespace: ATOM_NS,
      id: `${baseURL}/updates.atom`,
      title: "Northwind Analytics trust center updates",
    });
    expect(Date.parse(feed.updated ?? "")).not.toBeNaN();
    for (const entry of feed.entries) {
      expect(entry.id).toMatch(/^urn:article28:update:en:/);
      expect(entry.title).toBeTruthy();
      expect(Date.parse(entry.updated ?? "")).not.toBeNaN();
      expect(entry.link).toMatch(new RegExp(`^${baseURL}/en/`));
    }
    expect(feed.entries.map((e) => e.title)).toContain(`Compliance: ${standard} is now “Compliant”`);
  }).toPass({ timeout: 15_000 });
  const german = await readAtom(visitor, request, "/updates.atom?lang=de");
  expect(german).toMatchObject({ parseErrors: 0, namespace: ATOM_NS, id: `${baseURL}/updates.atom?lang=de` });
  expect(german.entries.every((e) => e.link?.startsWith(`${baseURL}/de/`))).toBe(true);

  // Delete (confirmed in a dialog): gone from the public roadmap.
  await page.goto("/admin/trust/compliance");
  await page.getByRole("row").filter({ hasText: standard }).getByRole("button", { name: "Delete" }).click();
  await page
    .getByRole("dialog")
    .getByRole("button", { name: `Delete ${standard}` })
    .click();
  await expect(page.getByRole("row").filter({ hasText: standard })).toHaveCount(0);
  await eventually(visitor, "/en/compliance", async () => {
    await expect(visitor.getByRole("row").filter({ hasText: standard })).toHaveCount(0);
  });
});

test("support staff cannot open the roadmap editor (403)", async ({ page, context, makeUser, signIn }) => {
  await signIn(context, await makeUser({ staffRoles: ["SUPPORT"] }));
  const response = await page.goto("/admin/trust/compliance");
  expect(response?.status()).toBe(403);
});
