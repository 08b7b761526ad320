// No mass assignment (S13): the policy console's inputs are strict objects, so a field the form does not
// have (who published, which document row) is refused instead of being passed on.
import { describe, expect, it } from "vitest";
import { createCustomDocumentInput } from "./custom-documents.ts";
import { saveDraftInput } from "./drafts.ts";
import { publishInput } from "./publish.ts";

const publish = {
  slug: "toms",
  locale: "en",
  title: "T",
  body: "Text.\n",
  effectiveDate: "2026-03-01",
  changelog: "c",
};

describe("policy console inputs refuse extra fields (S13)", () => {
  it("accepts the form's own fields", () => {
    expect(publishInput.safeParse(publish).success).toBe(true);
  });

  it("refuses fields the form does not have", () => {
    expect(publishInput.safeParse({ ...publish, publishedById: "someone-else" }).success).toBe(false);
    expect(
      saveDraftInput.safeParse({ slug: "toms", locale: "en", title: "T", body: "x", documentId: "other" })
        .success,
    ).toBe(false);
    expect(
      createCustomDocumentInput.safeParse({ slug: "new-page", titleEn: "T", titleDe: "", position: "-1" })
        .success,
    ).toBe(false);
  });
});
