// Kinds of trust documents and the public URL segment (slug) of each. The built-in kinds have fixed
// slugs; custom pages get a slug chosen by staff that must not shadow another public route.
// Pure and isomorphic: used by the staff forms, the public pages and the tests.
import { z } from "zod";
import type { TrustDocumentKind } from "../../generated/prisma/enums.ts";
import { POLICY_MESSAGES } from "./messages.ts";

export const BUILT_IN_SLUGS = {
  SECURITY_OVERVIEW: "security",
  TOMS: "toms",
  FAQ: "faq",
  AI: "ai",
  DPA: "dpa",
} as const satisfies Record<Exclude<TrustDocumentKind, "CUSTOM">, string>;

export type BuiltInKind = keyof typeof BUILT_IN_SLUGS;
export const BUILT_IN_KINDS = Object.keys(BUILT_IN_SLUGS) as BuiltInKind[];

/**
 * First path segments a custom page may not take: the built-in pages, the other public sections, the
 * languages, and the signed-in and technical areas of the application.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  ...Object.values(BUILT_IN_SLUGS),
  "subprocessors",
  "compliance",
  "documents",
  "updates",
  "subscriptions",
  "subscribe",
  "feed",
  "feeds",
  "history",
  "en",
  "de",
  "api",
  "admin",
  "portal",
  "account",
  "sign-in",
  "sign-out",
  "sign-up",
  "login",
  "logout",
  "mfa",
  "continue",
  "magic-link",
  "reset-password",
  "invite",
  "confirm-email",
  "security-txt",
  "well-known",
  "static",
  "public",
  "assets",
  "next",
  "favicon",
  "icon",
  "robots",
  "sitemap",
  "health",
]);

export const CUSTOM_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type CustomSlugProblem = "length" | "shape" | "reserved";

/** Why a slug cannot be used for a custom page, or null if it can. */
export function customSlugProblem(slug: string): CustomSlugProblem | null {
  if (slug.length < 2 || slug.length > 60) return "length";
  if (!CUSTOM_SLUG_PATTERN.test(slug)) return "shape";
  if (RESERVED_SLUGS.has(slug)) return "reserved";
  return null;
}

function slugProblemMessage(slug: string, problem: CustomSlugProblem): string {
  const words = POLICY_MESSAGES.slugProblem;
  return problem === "reserved" ? words.reserved(slug) : words[problem];
}

export const customSlugSchema = z
  .string()
  .trim()
  .max(60, POLICY_MESSAGES.slugProblem.length)
  .superRefine((slug, context) => {
    const problem = customSlugProblem(slug);
    if (problem) context.addIssue({ code: "custom", message: slugProblemMessage(slug, problem) });
  });

/** Slugs that name a document of any kind in a URL (built-in or a well-formed custom slug). */
export function isDocumentSlugShape(value: string): boolean {
  return value.length >= 2 && value.length <= 60 && CUSTOM_SLUG_PATTERN.test(value);
}

export function builtInKindOfSlug(slug: string): BuiltInKind | null {
  return BUILT_IN_KINDS.find((kind) => BUILT_IN_SLUGS[kind] === slug) ?? null;
}
