import type { Metadata } from "next";
import { env } from "@/lib/config/env";
import { LOCALES, type Locale } from "@/lib/i18n/locale";
import { markdownToPlainText } from "@/lib/markdown/render";
import { getPublishedDocument } from "@/lib/trust/policies/public-documents";

function excerpt(markdown: string, max = 160): string {
  const text = markdownToPlainText(markdown).replace(/\s+/g, " ").trim();
  return text.length > max ? `${text.slice(0, max - 1).replace(/\s+\S*$/, "")}…` : text;
}

/**
 * Title, description and the same page in every language (`subpath`: "" for the document,
 * "/history", "/v/3", ...). `title` turns the document's title into the page's.
 */
export async function documentMetadata(
  slug: string,
  locale: Locale,
  subpath = "",
  title: (documentTitle: string) => string = (t) => t,
): Promise<Metadata> {
  const document = await getPublishedDocument(slug, locale);
  if (!document) return {};
  const path = `/${slug}${subpath}`;
  return {
    metadataBase: new URL(env().APP_URL),
    title: title(document.current.title),
    description: excerpt(document.current.body),
    alternates: {
      canonical: `/${locale}${path}`,
      languages: { ...Object.fromEntries(LOCALES.map((l) => [l, `/${l}${path}`])), "x-default": path },
    },
  };
}
