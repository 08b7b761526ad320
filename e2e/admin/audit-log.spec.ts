// The staff audit log as staff use it (issue 11): filter by organisation and event type in a plain GET
// form (no scripts needed), page to older events, read events and targets in words with times in a named
// zone, and download what the filters show as CSV; staff whose role does not include the log are refused.
import { readFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { recordAudit } from "../../lib/audit/record.ts";
import { expect, test } from "../fixtures";

// Filters are links and a GET form: all of it works without JavaScript.
test.use({ javaScriptEnabled: false });

test("security staff filter by organisation and event type, page to older events and download the CSV", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const tag = randomUUID().slice(0, 8);
  const org = await makeOrganization({ name: `Audit Spec ${tag} GmbH` });
  const leaver = await makeUser({ email: `leaver-${tag}@example.test` });
  const actor = { userId: null, label: `owner-${tag}@example.test` };
  for (let i = 0; i < 55; i++)
    await recordAudit({
      organizationId: org.id,
      actor,
      action: "org.security_policy.updated",
      metadata: { step: i },
    });
  await recordAudit({
    organizationId: org.id,
    actor,
    action: "org.member.removed",
    target: { type: "User", id: leaver.id },
    metadata: { userId: leaver.id, email: leaver.email, oldRole: "MEMBER", sessionsRevoked: 0 },
  });
  // The days of a period and the times shown are the staff member's own zone (issue 11 item 6).
  await signIn(context, await makeUser({ staffRoles: ["SECURITY"], timeZone: "Europe/Berlin" }));

  await page.goto("/admin/audit");
  const filters = page.getByRole("form", { name: "Filter the events" });
  await filters.getByLabel("Log", { exact: true }).selectOption({ label: org.name });
  await filters.getByLabel("Event type").selectOption({ label: "Security policy changed" });
  await expect(filters.getByLabel("From (Europe/Berlin)")).toBeVisible();
  await filters.getByRole("button", { name: "Show events" }).click();

  await expect(page).toHaveURL(/[?&]event=org\.security_policy\.updated/);
  await expect(page.getByRole("heading", { name: `${org.name}'s audit log` })).toBeVisible();
  await expect(page.getByTestId("audit-summary")).toHaveText(
    "50 events matching the filters, newest first. Times in Europe/Berlin.",
  );
  const rows = page.getByRole("row").filter({ hasText: "Security policy changed" });
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toContainText(actor.label);
  await expect(rows.first()).toContainText(/CES?T/);

  const pages = page.getByRole("navigation", { name: "Pages of the audit log" });
  await pages.getByRole("link", { name: "Older events" }).click();
  await expect(page).toHaveURL(/[?&]before=\d+/);
  await expect(page.getByRole("row").filter({ hasText: "Security policy changed" })).toHaveCount(5);
  await expect(pages.getByRole("link", { name: "Older events" })).toHaveCount(0);
  await pages.getByRole("link", { name: "Newer events" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Security policy changed" })).toHaveCount(50);

  await filters.getByLabel("Event type").selectOption({ label: "Member removed" });
  await filters.getByRole("button", { name: "Show events" }).click();
  const removed = page.getByRole("row").filter({ hasText: "Member removed" });
  await expect(removed).toHaveCount(1);
  await expect(removed).toContainText(`User: ${leaver.email}`);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^audit-log-organisation-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile((await file.path())!, "utf8")).replace(/^\uFEFF/, "");
  const [header, ...lines] = csv.trimEnd().split("\r\n");
  expect(header).toBe(
    "seq,time_utc,actor,actor_user_id,event,action,target,target_type,target_id,ip,user_agent,request_id,metadata,prev_hash,hash",
  );
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(
    new RegExp(
      `^56,[^,]+Z,${actor.label},,Member removed,org\\.member\\.removed,User: ${leaver.email},User,`,
    ),
  );
});

test("support staff have no audit log: no link, and the page and its export answer 403", async ({
  page,
  context,
  makeUser,
  signIn,
}) => {
  await signIn(context, await makeUser({ staffRoles: ["SUPPORT"] }));
  await page.goto("/admin");
  await expect(
    page
      .getByRole("navigation", { name: "Staff console navigation" })
      .getByRole("link", { name: "Audit log" }),
  ).toHaveCount(0);
  expect((await page.goto("/admin/audit"))?.status()).toBe(403);
  const response = await page.request.get("/admin/audit/export?format=csv");
  expect(response.status()).toBe(403);
  expect(await response.text()).not.toContain("seq,time_utc");
});
