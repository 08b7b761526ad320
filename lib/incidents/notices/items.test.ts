import { describe, expect, it } from "vitest";
import { answeredItems, missingItems, unknownItems, type NoticeItemValues } from "./items.ts";
import { NOTICE_MESSAGES } from "./messages.ts";

const complete: NoticeItemValues = {
  nature: "Unauthorised access to a reporting database",
  dataSubjects: "Customers' end users, about 1,200",
  records: "Contact records, about 3,400",
  contactPoint: "Dr. Lena Vogel, dpo@northwind.example",
  likelyConsequences: "Phishing attempts",
  measures: "Credentials rotated",
};

describe("Art. 33(3) items (B2)", () => {
  it("B2: a complete notice has no missing items", () => {
    expect(missingItems(complete)).toEqual([]);
  });

  it("B2: an empty or blank item is missing and the refusal names it", () => {
    const values = { ...complete, likelyConsequences: "  ", records: "" };
    expect(missingItems(values)).toEqual(["records", "likelyConsequences"]);
    const message = NOTICE_MESSAGES.missingItems(missingItems(values)).en;
    expect(message).toContain("Personal data records (categories, approximate number)");
    expect(message).toContain("Likely consequences");
    expect(message).toContain(
      "a notice missing any Art. 33(3) item cannot be sent".replace("a notice", "A notice"),
    );
  });

  it("B2: “not yet known” (null) is not missing; it is unknown and not answered", () => {
    const values = { ...complete, measures: null };
    expect(missingItems(values)).toEqual([]);
    expect(unknownItems(values)).toEqual(["measures"]);
    expect(answeredItems(values)).not.toContain("measures");
    expect(answeredItems(values)).toHaveLength(5);
  });
});
