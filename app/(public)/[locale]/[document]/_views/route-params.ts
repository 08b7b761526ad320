import { notFound } from "next/navigation";
import { isLocale, type Locale } from "@/lib/i18n/locale";
import { isDocumentSlugShape } from "@/lib/trust/documents/kinds";
import { parseVersionParam } from "@/lib/trust/documents/version-param";

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

/** The params of a fixed-slug route (/dpa/history) as the [document] routes expect them. */
export async function withDocument<P extends object>(params: Promise<P>, document: string): Promise<P & { document: string }> {
  return { ...(await params), document };
}
