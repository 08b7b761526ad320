// Issue 15 part 2 (ADR 0033): two production instances and a job worker on one PostgreSQL. Instance A is the
// e2e server (with its own in-process worker, which has no mail server); instance B is started here from the
// same build, without a worker; a separate worker process has the mail server (a real SMTP server on
// 127.0.0.1). Staff publish on A and B serves the change within 2 s; a breach notice sent on A reaches each
// recipient exactly once while B serves the public pages. Runs after every other spec (playwright.config.ts):
// the worker here delivers whatever the other specs left queued.
import { randomBytes } from "node:crypto";
import { createDeclaredBreach } from "../../lib/incidents/testing/breach-fixtures.ts";
import { stopBoss } from "../../lib/jobs/boss.ts";
import { requestEmailDelivery } from "../../lib/jobs/email-jobs.ts";
import { startSmtpSink, type SmtpSink } from "../../lib/testing/smtp-sink.ts";
import { startWorkerProcess, type WorkerProcess } from "../../lib/testing/worker-process.ts";
import { startAppInstance, type AppInstance } from "../../scripts/app-instance.ts";
import { sendFirstNoticePhase } from "../fixtures/breach-notice.ts";
import { expect, test } from "../fixtures";

let b: AppInstance;
let sink: SmtpSink;
let worker: WorkerProcess;

test.describe.configure({ mode: "serial", timeout: 240_000 });

test.beforeAll(async () => {
  sink = await startSmtpSink();
  worker = startWorkerProcess({ SMTP_URL: sink.url });
  b = await startAppInstance(process.env);
});

test.afterAll(async () => {
  await Promise.all([b?.stop(), worker?.killHard(), sink?.close(), stopBoss()]);
});

const text = (url: string) => fetch(url).then((r) => r.text());

test("a roadmap item added on instance A is on instance B's public pages within 2 s, negotiated too", async ({
  page,
  context,
  makeUser,
  signIn,
}) => {
  const standard = `Scale Standard ${randomBytes(3).toString("hex")}`;
  // B holds the page before the change (from memory after its first visits).
  for (let i = 0; i < 3; i++) expect(await text(`${b.baseUrl}/en/compliance`)).not.toContain(standard);
  await expect
    .poll(async () => (await fetch(`${b.baseUrl}/en/compliance`)).headers.get("x-article28-snapshot"))
    .toBe("hit");

  await signIn(context, await makeUser({ staffRoles: ["CONTENT"] }));
  await page.goto("/admin/trust/compliance");
  const addForm = page.getByRole("form", { name: "Add a standard" });
  await addForm.getByLabel("Standard").fill(standard);
  await addForm.getByLabel("Status").selectOption({ label: "In progress" });
  await addForm.getByLabel("Description (English)").fill("Audit planned.");
  await addForm.getByLabel("Description (German)").fill("Audit geplant.");
  await addForm.getByRole("button", { name: "Add to roadmap" }).click();
  await expect(addForm.getByRole("status")).toHaveText(`Added “${standard}” to the roadmap.`);
  const published = Date.now();

  await expect
    .poll(() => text(`${b.baseUrl}/en/compliance`), { timeout: 2_000, intervals: [50] })
    .toContain(standard);
  const seenAfter = Date.now() - published;
  expect(seenAfter).toBeLessThan(2_000);
  const german = await fetch(`${b.baseUrl}/compliance`, { headers: { "accept-language": "de" } });
  expect(await german.text()).toContain(standard);
  // From B's memory again, with the new version.
  await expect
    .poll(async () => {
      const response = await fetch(`${b.baseUrl}/en/compliance`);
      return `${response.headers.get("x-article28-snapshot")} ${(await response.text()).includes(standard)}`;
    })
    .toBe("hit true");
  test.info().annotations.push({ type: "B served the change after", description: `${seenAfter} ms` });
});

test("B's internal revalidation answers 404 to anyone without this process's token", async () => {
  for (const headers of [{}, { "x-article28-internal": "guess" }] as Record<string, string>[]) {
    const response = await fetch(`${b.baseUrl}/api/internal/public-content`, { method: "POST", headers });
    expect(response.status).toBe(404);
  }
});

test("a breach notice sent on A reaches each recipient once through the worker while B serves the public pages", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const tag = randomBytes(4).toString("hex");
  const organization = await makeOrganization({ name: `Scale Customer ${tag}`, breachNotificationHours: 24 });
  const recipients = await Promise.all(
    (["OWNER", "PRIVACY_OFFICER", "ADMIN"] as const).map((role) =>
      makeUser({ memberships: [{ organizationId: organization.id, role }] }),
    ),
  );
  const incident = await createDeclaredBreach({
    organizationIds: [organization.id],
    awareAt: new Date(Date.now() - 3_600_000),
    title: `Scale notice ${tag}`,
  });
  await signIn(context, await makeUser({ staffRoles: ["SECURITY"] }));

  // Public traffic on B throughout.
  let serving = true;
  const statuses: number[] = [];
  const traffic = (async () => {
    while (serving)
      for (const path of ["/en", "/en/toms", "/subprocessors.json", "/de/faq"])
        // A new connection each time: a reused keep-alive socket the server is closing resets (a client race).
        statuses.push(
          await fetch(b.baseUrl + path, { headers: { connection: "close" } }).then(
            (r) => r.status,
            () => 0,
          ),
        );
  })();

  await page.goto(`/admin/incidents/${incident.id}/notice`);
  await sendFirstNoticePhase(page);
  await expect(page.getByRole("list", { name: "Sent phases" })).toBeVisible();

  const addresses = recipients.map((r) => r.email).sort();
  const delivered = () => sink.accepted.flatMap((m) => m.rcptTo).filter((to) => addresses.includes(to));
  // A's own worker has no mail server (the e2e server runs without one) yet takes delivery requests too, and
  // a drain it takes sends nothing. In a deployment every worker has the same mail settings; here the test
  // asks for delivery again, as the app does after each commit, until the worker with the mail server has
  // taken one (it also delivers what every other spec left queued).
  await expect
    .poll(
      async () => {
        if (delivered().length < addresses.length) await requestEmailDelivery();
        return delivered().length;
      },
      { timeout: 120_000, intervals: [2_000], message: `worker output:\n${worker.output().slice(-3000)}` },
    )
    .toBe(addresses.length);
  await page.goto(`/admin/incidents/${incident.id}`);
  await expect(page.getByTestId("delivery-summary")).toContainText(
    `${addresses.length} emails: ${addresses.length} accepted by a mail server, 0 queued, 0 retrying, 0 failed.`,
  );
  // Workers poll every few seconds: give a duplicate time to appear before counting.
  await new Promise((r) => setTimeout(r, 3_000));
  serving = false;
  await traffic;
  expect(delivered().sort()).toEqual(addresses);
  expect(statuses.length).toBeGreaterThan(20);
  expect(statuses.every((s) => s === 200)).toBe(true);
});
