// Email domains an SSO connection accepts: lower-case host names, validated, de-duplicated.
import { z } from "zod";
import type { Locale } from "../../i18n/locale.ts";
import { localize } from "../../i18n/text.ts";
import { SSO_MESSAGES } from "./messages.ts";

export const MAX_SSO_DOMAINS = 20;

/** A DNS host name with at least two labels, e.g. acme.example or mail.acme.co.uk. */
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Parses "acme.example, Acme.co.uk" (commas, spaces or new lines) into a sorted, unique list. */
export function parseDomainList(
  text: string,
  locale: Locale = "en",
): { ok: true; domains: string[] } | { ok: false; message: string } {
  const parts = text
    .split(/[\s,;]+/)
    .map((d) => d.trim().toLowerCase().replace(/^@/, "").replace(/\.$/, ""))
    .filter(Boolean);
  const refused = (message: Parameters<typeof localize>[0]) => ({
    ok: false as const,
    message: localize(message, locale),
  });
  if (parts.length === 0) return refused(SSO_MESSAGES.noDomains);
  const invalid = parts.find((d) => !DOMAIN.test(d));
  if (invalid) return refused(SSO_MESSAGES.invalidDomain(invalid.slice(0, 80)));
  const domains = [...new Set(parts)].sort();
  if (domains.length > MAX_SSO_DOMAINS) return refused(SSO_MESSAGES.tooManyDomains(MAX_SSO_DOMAINS));
  return { ok: true, domains };
}

/** A zod field for a form's domain list (the parsed array is the output), refusing in `locale`. */
export const domainListField = (locale: Locale) =>
  z
    .string()
    .max(4000)
    .transform((text, ctx) => {
      const parsed = parseDomainList(text, locale);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: parsed.message });
        return z.NEVER;
      }
      return parsed.domains;
    });

/** The domain part of an email address, lower-cased; null when there is none. */
export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf("@");
  if (at < 1 || at === email.length - 1) return null;
  return email
    .slice(at + 1)
    .trim()
    .toLowerCase();
}
