// What the API page's key forms send (S13: strict objects; the organisation comes from the slug, which
// is authorised against the caller's memberships, never from a hidden organisation id). Each scope is a
// checkbox of its own name ("dsr:read", "dsr:write"), ticked = "on".
import { z } from "zod";
import { API_SCOPES, type ApiScope } from "../../auth/authorization/api-scopes.ts";
import { singleLineText } from "../../text/single-line.ts";
import { API_KEY_MESSAGES } from "./messages.ts";

const slug = z.string().trim().min(1).max(80);
const ticked = z.literal("on").optional();

export const createApiKeyInput = z
  .strictObject({
    slug,
    name: singleLineText({ max: 80, label: "the key's name", required: API_KEY_MESSAGES.nameRequired }),
    "dsr:read": ticked,
    "dsr:write": ticked,
  })
  .transform(({ slug, name, ...boxes }) => ({
    slug,
    name,
    scopes: API_SCOPES.filter((scope) => boxes[scope] === "on") as ApiScope[],
  }))
  .refine((input) => input.scopes.length > 0, {
    path: ["scopes"],
    message: API_KEY_MESSAGES.scopeRequired,
  });

export type CreateApiKeyInput = z.output<typeof createApiKeyInput>;

export const revokeApiKeyInput = z.strictObject({
  slug,
  keyId: z.string().trim().min(1).max(64),
});
