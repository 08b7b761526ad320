// Staff export every organisation's records in one ZIP (ADR 0031): one JSON per organisation, the same
// bytes as its own download, and index.csv naming each file's SHA-256; audited in the provider's chain;
// CONTENT staff and customers cannot.
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { createOrganization, createUser, upsertProviderSettings } from "../../prisma/factories.ts";
import { sha256Hex } from "../crypto/sha256.ts";
import { db } from "../db/client.ts";
import { contextFor } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { downloadOrganizationRecords } from "./access.ts";
import { exportAllRecords } from "./export-all.ts";

const clock = fixedClock(new Date("2026-06-01T10:00:00.000Z"));
let acme: { id: string; slug: string };
let globex: { id: string; slug: string };
let acmeOwner: { id: string };

beforeAll(async () => {
  await upsertProviderSettings();
  acme = await createOrganization({ slug: "acme-export", name: "Acme Export AG" });
  globex = await createOrganization({ slug: "globex-export", name: '=HYPERLINK("http://evil")' });
  acmeOwner = await createUser({ memberships: [{ organizationId: acme.id, role: "OWNER" }] });
});

async function read(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe("exporting all organisations' records", () => {
  it("gives one JSON per organisation and an index, audited", async () => {
    const staff = await contextFor(await createUser({ staffRoles: ["SUPPORT"] }), { clock });
    const file = await exportAllRecords(staff, "2026-05-31");
    expect(file.fileName).toBe("records-of-processing-2026-05-31.zip");
    const entries = unzipSync(await read(file.stream));
    expect(Object.keys(entries)).toEqual(
      expect.arrayContaining(["acme-export.json", "globex-export.json", "index.csv"]),
    );
    const own = await downloadOrganizationRecords(
      await contextFor(acmeOwner, { clock }),
      acme.slug,
      "json",
      "2026-05-31",
    );
    expect(sha256Hex(entries["acme-export.json"]!)).toBe(sha256Hex(own.bytes));
    const index = new TextDecoder().decode(entries["index.csv"]!);
    expect(index).toContain(`acme-export,Acme Export AG,acme-export.json,${sha256Hex(own.bytes)}`);
    expect(index).not.toContain(",=HYPERLINK"); // a formula cell is defused
    expect(new TextDecoder().decode(entries["acme-export.json"]!)).not.toContain("globex");
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "records.exported" } });
    expect(event).toMatchObject({ organizationId: null });
    expect(event.metadata).toMatchObject({ asOf: "2026-05-31T23:59:59.999Z" });
    expect((event.metadata as { organizations: number }).organizations).toBeGreaterThanOrEqual(2);
  });

  it("refuses CONTENT staff and a customer owner", async () => {
    const content = await contextFor(await createUser({ staffRoles: ["CONTENT"] }), { clock });
    await expect(exportAllRecords(content)).rejects.toMatchObject({ code: "forbidden" });
    await expect(exportAllRecords(await contextFor(acmeOwner, { clock }))).rejects.toMatchObject({
      code: "not_found",
    });
    expect(globex.id).toBeTruthy();
  });
});
