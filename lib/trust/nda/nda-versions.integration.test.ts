// NDA versions: numbered per language, hashed, immutable in the database; visitors get the newest in
// their language or else the English one, labelled as a fallback.
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../../prisma/factories.ts";
import type { SignedInContext } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { contextFor } from "../../testing/context.ts";
import { sha256Hex } from "../../crypto/sha256.ts";
import { getCurrentNda } from "./current-nda.ts";
import { NDA_MESSAGES } from "./messages.ts";
import { listNdaVersions, publishNdaInput, publishNdaVersion } from "./nda-versions.ts";

let staffId: string;
let ctx: SignedInContext;
beforeAll(async () => {
  const staff = await createUser({ staffRoles: ["CONTENT"] });
  staffId = staff.id;
  ctx = await contextFor(staff);
});

const body = (n: number) => `## Confidentiality\n\nVersion ${n} of the terms. `.padEnd(150, "x");

describe("NDA versions", () => {
  it("has no NDA before the first version", async () => {
    expect(await getCurrentNda("en")).toBeNull();
    expect(await getCurrentNda("de")).toBeNull();
  });

  it("numbers versions per language, stores the SHA-256 of the text, audits each; the newest is current", async () => {
    expect(await publishNdaVersion(ctx, { locale: "en", title: "NDA", body: body(1) })).toEqual({
      version: 1,
      contentHash: sha256Hex(body(1)),
    });
    expect((await publishNdaVersion(ctx, { locale: "en", title: "NDA", body: body(2) })).version).toBe(2);
    expect(await getCurrentNda("de"), "no German version yet: the English one, labelled").toMatchObject({
      locale: "en",
      version: 2,
      fallback: true,
    });
    expect(
      (await publishNdaVersion(ctx, { locale: "de", title: "Vertraulichkeit", body: body(1) })).version,
    ).toBe(1);
    expect(await getCurrentNda("en")).toMatchObject({
      version: 2,
      body: body(2),
      contentHash: sha256Hex(body(2)),
      fallback: false,
    });
    expect(await getCurrentNda("de")).toMatchObject({ version: 1, locale: "de", fallback: false });
    const versions = await listNdaVersions(ctx);
    expect(versions.map((v) => `${v.locale}${v.version}`)).toEqual(["en2", "en1", "de1"]);
    const audits = await db.auditEvent.findMany({
      where: { action: "trust.nda.published" },
      orderBy: { seq: "asc" },
    });
    expect(audits).toHaveLength(3);
    expect(audits[1]).toMatchObject({ actorUserId: staffId });
    expect(audits[1]!.metadata).toMatchObject({ locale: "en", version: 2, contentHash: sha256Hex(body(2)) });
  });

  it("refuses to publish the same text again", async () => {
    await expect(publishNdaVersion(ctx, { locale: "en", title: "NDA", body: body(2) })).rejects.toMatchObject(
      {
        code: "conflict",
        text: NDA_MESSAGES.sameAsLatest(2),
      },
    );
  });

  it("refuses to change or delete a published version (database trigger)", async () => {
    const version = await db.ndaTemplate.findFirstOrThrow({ where: { locale: "en", version: 1 } });
    await expect(
      db.ndaTemplate.update({ where: { id: version.id }, data: { body: "changed" } }),
    ).rejects.toThrow();
    await expect(db.ndaTemplate.delete({ where: { id: version.id } })).rejects.toThrow();
    expect(await db.ndaTemplate.findUniqueOrThrow({ where: { id: version.id } })).toEqual(version);
  });

  it("requires a language, a title and a substantial text", () => {
    expect(publishNdaInput.safeParse({ locale: "fr", title: "T", body: body(1) }).success).toBe(false);
    expect(publishNdaInput.safeParse({ locale: "en", title: "", body: body(1) }).success).toBe(false);
    expect(publishNdaInput.safeParse({ locale: "en", title: "T", body: "short" }).success).toBe(false);
    expect(publishNdaInput.safeParse({ locale: "en", title: "T", body: body(1), version: "9" }).success).toBe(
      false,
    );
  });
});
