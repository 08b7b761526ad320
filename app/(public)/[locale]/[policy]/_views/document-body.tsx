import { Markdown } from "@/app/_ui";
import type { Locale } from "@/lib/i18n/locale";
import { documentOutline } from "@/lib/markdown/outline";
import { TABLE_OF_CONTENTS_MIN_SECTIONS, TableOfContents } from "./table-of-contents";

/**
 * A version's text, with a table of contents when it has enough sections. Links to other trust pages
 * stay in the page's language; text shown in another language than the page's is marked as such.
 */
export function DocumentBody({
  locale,
  textLocale,
  source,
}: {
  locale: Locale;
  textLocale: Locale;
  source: string;
}) {
  const sections = documentOutline(source);
  const text = (
    <div lang={textLocale === locale ? undefined : textLocale} className="lg:col-start-1 lg:row-start-1">
      <Markdown source={source} linkLocale={locale} />
    </div>
  );
  if (sections.length < TABLE_OF_CONTENTS_MIN_SECTIONS) return text;
  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-x-10">
      <TableOfContents locale={locale} sections={sections} />
      {text}
    </div>
  );
}
