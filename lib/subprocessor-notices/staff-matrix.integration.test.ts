// The staff notice matrix's filters and CSV export (GDPR.md C2; SECURITY.md S11, S17, S25): any change can
// be picked, cells filtered by state (stored status or delivery) and customer name; the CSV has one row per
// organisation × change with formula-looking names defused, and is audited in the provider's chain; SUPPORT
// staff are refused and customers do not learn the page exists.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createOrganization, createUser, upsertProviderSettings } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import { contextFor } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { announceSubprocessorChange } from "../trust/subprocessors/announce.ts";
import { announceChangeInput } from "../trust/subprocessors/announce-input.ts";
import { MATRIX_CSV_COLUMNS, noticeMatrixCsv } from "./matrix-csv.ts";
import { respondToNotice } from "./respond.ts";
import { noticeMatrix } from "./staff-matrix.ts";

vi.mock("../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

const DAY = 24 * 60 * 60 * 1000;
const START = new Date("2026-06-01T08:00:00.000Z");
const clock = fixedClock(START);

await upsertProviderSettings();

const tag = Math.random().toString(36).slice(2, 7);
const FORMULA_NAME = `=HYPERLINK("http://evil.example","Formula ${tag}")`;

function addition(name: string) {
  return announceChangeInput.parse({
    type: "ADD",
    name,
    purpose: "Support ticket hosting",
    purposeDe: "Hosting von Support-Tickets",
    dataCategories: "Names",
    dataCategoriesDe: "Namen",
    location: "Dublin",
    country: "IE",
    transferMechanism: "EU/EEA – no transfer",
    effectiveDate: new Date(clock.now().getTime() + 31 * DAY).toISOString().slice(0, 10),
    note: "",
    noteDe: "",
  });
}

const as = (user: { id: string }) => contextFor(user, { clock });

async function world() {
  const acme = await createOrganization({ slug: `acme-${tag}`, name: `Acme ${tag}` });
  const globex = await createOrganization({
    slug: `globex-${tag}`,
    name: `Globex ${tag}`,
    subprocessorAuthorisation: "SPECIFIC",
  });
  const initech = await createOrganization({ slug: `initech-${tag}`, name: `Initech ${tag}` });
  const formula = await createOrganization({ slug: `formula-${tag}`, name: FORMULA_NAME });
  const owner = (org: { id: string }) =>
    createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
  const people = {
    acmeOwner: await owner(acme),
    globexAdmin: await createUser({ memberships: [{ organizationId: globex.id, role: "ADMIN" }] }),
    initechOwner: await owner(initech),
    formulaOwner: await owner(formula),
    staffContent: await createUser({ staffRoles: ["CONTENT"] }),
    staffSupport: await createUser({ staffRoles: ["SUPPORT"] }),
  };
  const staff = await as(people.staffContent);
  const first = await announceSubprocessorChange(staff, addition(`First ${tag}`));
  clock.set(new Date(START.getTime() + 60_000));
  const second = await announceSubprocessorChange(staff, addition(`Second ${tag}`));
  const notices = await db.subprocessorNotice.findMany({ where: { changeId: first.changeId } });
  const noticeOf = (org: { id: string }) => notices.find((n) => n.organizationId === org.id)!;
  // First change: Acme's email accepted, Initech's rejected for good, Globex refuses, Formula's pending.
  await db.outboxEmail.updateMany({
    where: { idempotencyKey: { startsWith: `subprocessor-notice:${noticeOf(acme).id}:` } },
    data: { status: "SENT", sentAt: START },
  });
  await db.subprocessorNotice.update({
    where: { id: noticeOf(acme).id },
    data: { deliveredAt: START, windowEndsAt: new Date(START.getTime() + 30 * DAY) },
  });
  await db.outboxEmail.updateMany({
    where: { idempotencyKey: { startsWith: `subprocessor-notice:${noticeOf(initech).id}:` } },
    data: { status: "FAILED", attempts: 10, lastError: "550 5.1.1 mailbox unknown" },
  });
  await respondToNotice(await as(people.globexAdmin), {
    slug: globex.slug,
    noticeId: noticeOf(globex).id,
    answer: "refuse",
    reason: "Not for health data.",
  });
  return { acme, globex, initech, formula, ...people, first: first.changeId, second: second.changeId };
}

let w: Awaited<ReturnType<typeof world>>;
beforeAll(async () => {
  clock.set(START);
  w = await world();
});

const ours = (organizations: { id: string }[]) => {
  const mine = new Set([w.acme.id, w.globex.id, w.initech.id, w.formula.id]);
  return organizations.filter((o) => mine.has(o.id)).map((o) => o.id);
};

describe("filters", () => {
  it("shows the latest changes by default and offers every change with notices", async () => {
    const matrix = await noticeMatrix(await as(w.staffContent));
    expect(matrix.unknownChange).toBe(false);
    expect(matrix.changes.slice(0, 2).map((c) => c.id)).toEqual([w.second, w.first]);
    expect(matrix.options.map((o) => o.id)).toEqual(expect.arrayContaining([w.first, w.second]));
    expect(ours(matrix.organizations).sort()).toEqual(
      [w.acme.id, w.globex.id, w.initech.id, w.formula.id].sort(),
    );
  });

  it("shows only the chosen change", async () => {
    const matrix = await noticeMatrix(await as(w.staffContent), { change: w.first });
    expect(matrix.changes.map((c) => c.id)).toEqual([w.first]);
    const cells = matrix.changes[0]!.cells;
    expect(cells[w.acme.id]!.state).toBe("delivered");
    expect(cells[w.globex.id]!.state).toBe("refused");
    expect(cells[w.initech.id]!.state).toBe("bounced");
    expect(cells[w.formula.id]!.state).toBe("notified");
  });

  it("keeps only the cells of the state asked for (stored status and delivery states)", async () => {
    const staff = await as(w.staffContent);
    for (const [state, org] of [
      ["bounced", w.initech],
      ["delivered", w.acme],
      ["notified", w.formula],
      ["refused", w.globex],
    ] as const) {
      const matrix = await noticeMatrix(staff, { change: w.first, state });
      expect(ours(matrix.organizations), state).toEqual([org.id]);
      expect(Object.values(matrix.changes[0]!.cells).every((cell) => cell.state === state)).toBe(true);
    }
    const none = await noticeMatrix(staff, { change: w.first, state: "deemed_accepted" });
    expect(ours(none.organizations)).toEqual([]);
  });

  it("filters by customer name, case-insensitive, together with the state", async () => {
    const staff = await as(w.staffContent);
    const acme = await noticeMatrix(staff, { change: w.first, q: `aCmE ${tag}` });
    expect(acme.organizations.map((o) => o.id)).toEqual([w.acme.id]);
    expect(Object.keys(acme.changes[0]!.cells)).toEqual([w.acme.id]);
    const both = await noticeMatrix(staff, { q: tag.toUpperCase(), state: "refused" });
    expect(both.organizations.map((o) => o.id)).toEqual([w.globex.id]);
    expect(both.changes.find((c) => c.id === w.second)!.cells).toEqual({});
    expect(
      await noticeMatrix(staff, { change: w.first, q: `Globex ${tag}`, state: "delivered" }),
    ).toMatchObject({ organizations: [], changes: [{ id: w.first, cells: {} }] });
  });

  it("takes the name literally: % and _ are no wildcards", async () => {
    const staff = await as(w.staffContent);
    for (const q of ["%", "_", "\\", `Acme%${tag}`])
      expect(ours((await noticeMatrix(staff, { change: w.first, q })).organizations), q).toEqual([]);
  });

  it("says so when the chosen change does not exist", async () => {
    const matrix = await noticeMatrix(await as(w.staffContent), { change: "no-such-change" });
    expect(matrix).toMatchObject({ unknownChange: true, changes: [], organizations: [] });
  });
});

describe("CSV export", () => {
  it("has the header and one row per organisation of the chosen change, formula names defused, audited", async () => {
    const ctx = await as(w.staffContent);
    const csv = await noticeMatrixCsv(ctx, { change: w.first });
    expect(csv.body.startsWith("\uFEFF")).toBe(true);
    const lines = csv.body.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(MATRIX_CSV_COLUMNS.join(","));
    const notices = await db.subprocessorNotice.count({ where: { changeId: w.first } });
    expect(lines.length - 1).toBe(notices);
    expect(csv.rows).toBe(notices);
    expect(lines.slice(1).every((line) => line.startsWith(`${w.first},ADD,First ${tag},`))).toBe(true);
    // A name a spreadsheet would run as a formula starts with an apostrophe (quoted: it holds quotes).
    expect(csv.body).toContain(`"'=HYPERLINK(""http://evil.example"",""Formula ${tag}"")",formula-${tag},`);
    expect(csv.body).not.toMatch(/(^|,)=HYPERLINK/m);
    const acme = lines.find((line) => line.includes(`,acme-${tag},`))!;
    expect(acme).toContain(
      `,Acme ${tag},acme-${tag},GENERAL,30,delivered,${START.toISOString()},${new Date(START.getTime() + 30 * DAY).toISOString()},,1,0,0,`,
    );
    const initech = lines.find((line) => line.includes(`,initech-${tag},`))!;
    expect(initech).toContain(`,bounced,`);
    expect(initech).toContain(`${w.initechOwner.email}: 550 5.1.1 mailbox unknown`);
    const globex = lines.find((line) => line.includes(`,globex-${tag},`))!;
    expect(globex).toContain(",SPECIFIC,");
    expect(globex).toContain(",refused,");

    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "subprocessor.notices.exported", actorUserId: w.staffContent.id },
      orderBy: { createdAt: "desc" },
    });
    expect(event.organizationId).toBeNull();
    expect(event.metadata).toMatchObject({
      rows: notices,
      changes: [w.first],
      filter: { change: w.first, state: null, q: null },
    });
  });

  it("applies the state and name filter to the rows", async () => {
    const csv = await noticeMatrixCsv(await as(w.staffContent), { q: `initech ${tag}`, state: "bounced" });
    const rows = csv.body.slice(1).trimEnd().split("\r\n").slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(`${w.first},ADD,First ${tag},`);
    expect(rows[0]).toContain(`,Initech ${tag},initech-${tag},`);
  });

  it("refuses an unknown change without auditing an export", async () => {
    const before = await db.auditEvent.count({ where: { action: "subprocessor.notices.exported" } });
    await expect(
      noticeMatrixCsv(await as(w.staffContent), { change: "no-such-change" }),
    ).rejects.toMatchObject({ code: "invalid" });
    expect(await db.auditEvent.count({ where: { action: "subprocessor.notices.exported" } })).toBe(before);
  });
});

describe("who may see it", () => {
  it("refuses SUPPORT staff (forbidden) and customers (not found), page and CSV alike, nothing exported", async () => {
    const before = await db.auditEvent.count({ where: { action: "subprocessor.notices.exported" } });
    const support = await as(w.staffSupport);
    await expect(noticeMatrix(support, { change: w.first })).rejects.toMatchObject({ code: "forbidden" });
    await expect(noticeMatrixCsv(support, { change: w.first })).rejects.toMatchObject({ code: "forbidden" });
    const customer = await as(w.acmeOwner);
    await expect(noticeMatrix(customer, { change: w.first })).rejects.toMatchObject({ code: "not_found" });
    await expect(noticeMatrixCsv(customer, { change: w.first })).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await db.auditEvent.count({ where: { action: "subprocessor.notices.exported" } })).toBe(before);
  });
});
