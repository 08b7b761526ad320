// The policy console's server actions as the browser calls them (S13, S14): the action wrapper reads the
// request itself (lib/http/next-context.ts), so this edge test fakes next/headers; the domain tests next
// to lib/trust/policies pass contexts instead.
import { describe, expect, it, vi } from "vitest";
import { createUser } from "../../../../prisma/factories.ts";
import { db } from "../../../../lib/db/client.ts";
import { actAs, nextHeadersMock } from "../../../../lib/testing/fake-next-request.ts";
import { createCustomDocumentAction, publishDocumentAction, saveDraftAction } from "./actions.ts";

vi.mock(
  "next/headers",
  async () => (await import("../../../../lib/testing/fake-next-request.ts")).nextHeadersMock,
);

describe("the staff console's server actions (S13, S14)", () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.set(key, value);
    return data;
  };
  const publishFields = {
    slug: "toms",
    locale: "en",
    title: "T",
    body: "Action text.\n",
    effectiveDate: "2026-03-01",
    changelog: "c",
  };

  it("refuse extra fields and foreign origins; nothing is stored", async () => {
    await actAs(await createUser({ staffRoles: ["CONTENT"] }));
    const before = {
      versions: await db.trustDocumentVersion.count(),
      drafts: await db.trustDocumentDraft.count(),
      documents: await db.trustDocument.count(),
    };
    expect(
      await publishDocumentAction(null, form({ ...publishFields, publishedById: "someone-else" })),
    ).toMatchObject({ ok: false, message: "Please correct the highlighted fields." });
    expect(
      await saveDraftAction(
        null,
        form({ slug: "toms", locale: "en", title: "T", body: "x", documentId: "other" }),
      ),
    ).toMatchObject({ ok: false });
    expect(
      await createCustomDocumentAction(
        null,
        form({ slug: "new-page", titleEn: "T", titleDe: "", position: "-1" }),
      ),
    ).toMatchObject({ ok: false });
    (await nextHeadersMock.headers()).set("origin", "https://attacker.example");
    expect(await publishDocumentAction(null, form(publishFields))).toEqual({
      ok: false,
      message: "This request did not come from this site.",
    });
    expect({
      versions: await db.trustDocumentVersion.count(),
      drafts: await db.trustDocumentDraft.count(),
      documents: await db.trustDocument.count(),
    }).toEqual(before);
  });
});
