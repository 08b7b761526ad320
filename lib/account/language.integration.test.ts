// The language a person reads the portal, sign-in and account pages and their emails in (issue 11
// item 7): chosen on the account page, audited in their organisations' chains; a value that is not a
// language of the app is refused and changes nothing; a signed-in request then reads that language.
import { describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import type { Locale } from "../i18n/locale.ts";
import { anonymousContext, contextFor } from "../testing/context.ts";
import { languageInput, updateLanguage } from "./language.ts";

const languageEvents = (userId: string) =>
  db.auditEvent.findMany({ where: { action: "account.language.updated", actorUserId: userId } });

describe("choosing a language (issue 11 item 7)", () => {
  it("saves the choice once, audits it in the member's organisation, and the next request reads it", async () => {
    const organization = await createOrganization();
    const user = await createUser({ memberships: [{ organizationId: organization.id, role: "MEMBER" }] });
    const ctx = await contextFor(user);
    expect(ctx.locale, "nothing chosen yet: the browser's language (here English)").toBe("en");

    expect(await updateLanguage(ctx, { language: "de" })).toEqual({ language: "de", changed: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).language).toBe("de");
    const events = await languageEvents(user.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      chain: `org:${organization.id}`,
      targetType: "User",
      targetId: user.id,
      metadata: { from: null, to: "de" },
    });

    const next = await contextFor(user);
    expect(next.actor.language).toBe("de");
    expect(next.locale, "a signed-in request reads the chosen language").toBe("de");
    expect(await updateLanguage(next, { language: "de" })).toEqual({ language: "de", changed: false });
    expect(await languageEvents(user.id), "choosing it again writes nothing").toHaveLength(1);

    expect(await updateLanguage(next, { language: "en" })).toEqual({ language: "en", changed: true });
    expect((await languageEvents(user.id)).map((e) => e.metadata)).toContainEqual({ from: "de", to: "en" });
  });

  it("refuses a language the app does not speak, in the reader's language, and changes nothing", async () => {
    const user = await createUser({ language: "de" });
    expect(languageInput("en").safeParse({ language: "fr" }).error?.issues[0]?.message).toBe(
      "Choose a language.",
    );
    expect(languageInput("de").safeParse({ language: "fr" }).error?.issues[0]?.message).toBe(
      "Wählen Sie eine Sprache.",
    );
    expect(languageInput("en").safeParse({ language: "de", userId: "someone-else" }).success).toBe(false);

    const ctx = await contextFor(user);
    await expect(updateLanguage(ctx, { language: "fr" as Locale })).rejects.toMatchObject({
      code: "invalid",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).language).toBe("de");
    expect(await languageEvents(user.id)).toHaveLength(0);
  });

  it("needs a signed-in caller", async () => {
    await expect(updateLanguage(anonymousContext(), { language: "de" })).rejects.toMatchObject({
      code: "unauthenticated",
    });
  });
});
