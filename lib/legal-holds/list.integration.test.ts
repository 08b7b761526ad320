// The staff page's list of legal holds (GDPR.md G2; SECURITY.md S11): privacy staff read every hold with
// what it covers in words (a category by its name, not its key) and the deletions it refused; support
// staff, who have no holds permission, are refused.
import { describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { contextFor } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { createHold } from "./create.ts";
import { createHoldInput } from "./input.ts";
import { listHolds } from "./list.ts";

const clock = fixedClock(new Date());

describe("listHolds", () => {
  it("names a category hold's category and organisation; support staff are refused", async () => {
    const org = await createOrganization({ name: "Initech Holds AG" });
    const privacy = await contextFor(await createUser({ staffRoles: ["PRIVACY"] }), { clock });
    const { id } = await createHold(
      privacy,
      createHoldInput.parse({
        scope: "CATEGORY",
        category: "outbox-emails",
        organizationId: org.id,
        reason: "Authority inquiry",
      }),
    );
    const { active, choices } = await listHolds(privacy);
    expect(active.find((h) => h.id === id)).toMatchObject({
      scope: "CATEGORY",
      categoryLabel: "Sent emails",
      organizationName: "Initech Holds AG",
      reason: "Authority inquiry",
      refusals: [],
    });
    expect(choices.categories.map((c) => c.key)).not.toContain("audit-events");
    const support = await contextFor(await createUser({ staffRoles: ["SUPPORT"] }), { clock });
    await expect(listHolds(support)).rejects.toMatchObject({ code: "forbidden" });
  });
});
