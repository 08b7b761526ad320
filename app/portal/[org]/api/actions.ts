"use server";
// Actions of the portal's API page (S11–S14): thin; lib/api/keys and lib/webhooks authorise the slug
// against the caller's memberships (org.api.manage) and touch only that organisation's records.
import { refresh } from "next/cache";
import { createApiKeyInput, revokeApiKeyInput } from "@/lib/api/keys/key-input";
import { createApiKey, revokeApiKey } from "@/lib/api/keys/manage-keys";
import { defineAction } from "@/lib/http/action";
import { localize } from "@/lib/i18n/text";
import { API_KEY_PAGE_MESSAGES as M } from "./messages";

/** The new key comes back once, in this answer; the page never shows it again. */
export const createApiKeyAction = defineAction(
  { input: createApiKeyInput, permission: "org.api.manage" },
  async (ctx, input) => {
    const created = await createApiKey(ctx, input);
    refresh();
    return { message: localize(M.created(created.name), ctx.locale), key: created.key };
  },
);

export const revokeApiKeyAction = defineAction(
  { input: revokeApiKeyInput, permission: "org.api.manage" },
  async (ctx, input) => {
    const { name } = await revokeApiKey(ctx, input);
    refresh();
    return localize(M.revoked(name), ctx.locale);
  },
);
