// Which paths are which, for proxy.ts and the public-page snapshot (lib/public-snapshot): the areas rendered
// per request, the public pages below a language prefix, and the unprefixed public pages answered in the
// visitor's language. No Next.js imports: the custom server uses it too.
import { isLocale, preferredLocale } from "./locale.ts";

/** Areas that need a session; anonymous GETs go to sign-in. */
export const SIGNED_IN_AREAS = ["/portal", "/admin", "/account"];
/** Pages rendered per request. */
export const DYNAMIC_AREAS = [
  ...SIGNED_IN_AREAS,
  "/sign-in",
  "/mfa",
  "/continue",
  "/magic-link",
  "/reset-password",
  "/invite",
  "/staff-invite",
  "/confirm-email",
];
/** Public pages rendered per request (personal links from emails), below the language prefix. */
export const DYNAMIC_PUBLIC_AREAS = ["/documents/access", "/subscriptions"];

export const under = (path: string, areas: string[]) =>
  areas.some((area) => path === area || path.startsWith(`${area}/`));

/** Public trust pages: not an API, framework or file path (documents' PDFs, /toms/latest.pdf, are in a language). */
export function isPublicPagePath(path: string): boolean {
  if (path.startsWith("/api/") || path.startsWith("/_next/") || path.startsWith("/.well-known/"))
    return false;
  const last = path.slice(path.lastIndexOf("/") + 1);
  return !last.includes(".") || /^\/[a-z0-9-]+\/[^/]+\.pdf$/.test(path);
}

/** A trust document's PDF (/en/toms/latest.pdf, /de/dpa/2.pdf, or unprefixed /toms/latest.pdf). */
const DOCUMENT_PDF = /^\/[a-z0-9-]+\/[^/]+\.pdf$/;

/**
 * A trust document's PDF a request is for — its language-prefixed path, and whether the language was
 * negotiated — or null.
 */
export function publicDocumentPdf(
  path: string,
  languageCookie: string | null | undefined,
  acceptLanguage: string | null | undefined,
): { path: string; negotiated: boolean } | null {
  const [, first = ""] = path.split("/");
  if (isLocale(first)) {
    const rest = path.slice(first.length + 1);
    return DOCUMENT_PDF.test(rest) && !under(rest, DYNAMIC_PUBLIC_AREAS) ? { path, negotiated: false } : null;
  }
  if (!DOCUMENT_PDF.test(path) || under(path, DYNAMIC_AREAS) || under(path, DYNAMIC_PUBLIC_AREAS))
    return null;
  return { path: `/${preferredLocale(languageCookie, acceptLanguage)}${path}`, negotiated: true };
}

/**
 * The prerendered public page a request is for — its language-prefixed path, and whether the language was
 * negotiated (an unprefixed URL) — or null for anything else: signed-in and per-request areas, personal
 * pages, files (PDFs), routes outside the language prefix.
 */
export function prerenderedPublicPage(
  path: string,
  languageCookie: string | null | undefined,
  acceptLanguage: string | null | undefined,
): { path: string; negotiated: boolean } | null {
  if (under(path, DYNAMIC_AREAS)) return null;
  const [, first = ""] = path.split("/");
  if (isLocale(first)) {
    const rest = path.slice(first.length + 1) || "/";
    return under(rest, DYNAMIC_PUBLIC_AREAS) || rest.includes(".") ? null : { path, negotiated: false };
  }
  if (!isPublicPagePath(path) || under(path, DYNAMIC_PUBLIC_AREAS) || path.includes(".")) return null;
  const locale = preferredLocale(languageCookie, acceptLanguage);
  return { path: path === "/" ? `/${locale}` : `/${locale}${path}`, negotiated: true };
}
