import { notFound } from "next/navigation";
import { isLocale, type Locale } from "@/lib/i18n/locale";
import { isDocumentSlugShape } from "@/lib/trust/policies/kinds";
import { parseVersionParam } from "@/lib/trust/policies/version-param";

/** The URL's language, or 404. */
export function localeOr404(value: string): Locale {
  if (!isLocale(value)) notFound();
  return value;
}

/** A well-formed document slug, or 404 before any database look-up. */
export function slugOr404(value: string): string {
  if (!isDocumentSlugShape(value)) notFound();
  return value;
}

/** A version number ("3"), or 404. */
export function versionOr404(value: string): number {
  const version = parseVersionParam(value);
  if (version === null) notFound();
  return version;
}

/** The params of a fixed-slug route (/dpa/history) as the [policy] routes expect them. */
export async function withPolicy<P extends object>(
  params: Promise<P>,
  policy: string,
): Promise<P & { policy: string }> {
  return { ...(await params), policy };
}
