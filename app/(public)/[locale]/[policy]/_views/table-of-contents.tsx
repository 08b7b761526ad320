import type { Locale } from "@/lib/i18n/locale";
import type { OutlineEntry } from "@/lib/markdown/outline";
import { DOCUMENT_WORDS } from "../messages";

/** Fewer sections than this read fine without a table of contents. */
export const TABLE_OF_CONTENTS_MIN_SECTIONS = 4;

function SectionLinks({ sections }: { sections: OutlineEntry[] }) {
  return (
    <ol className="space-y-1.5">
      {sections.map((section) => (
        <li key={section.id}>
          <a
            href={`#${section.id}`}
            className="text-gray-700 underline-offset-2 hover:text-[var(--brand)] hover:underline"
          >
            {section.text}
          </a>
        </li>
      ))}
    </ol>
  );
}

/**
 * The sections of a long document, linking to their headings: beside the text on wide screens (it stays
 * in view while reading), folded above the text on phones. Plain links, no script: the page stays static.
 * Only one of the two is displayed at a time, so assistive technology meets one navigation.
 */
export function TableOfContents({ locale, sections }: { locale: Locale; sections: OutlineEntry[] }) {
  const words = DOCUMENT_WORDS[locale].contents;
  return (
    <>
      <nav
        aria-label={words.title}
        className="hidden text-sm lg:sticky lg:top-6 lg:col-start-2 lg:row-start-1 lg:block lg:self-start lg:border-l lg:border-gray-200 lg:pl-5"
      >
        <p className="mb-3 font-semibold text-gray-900">{words.title}</p>
        <SectionLinks sections={sections} />
      </nav>
      <nav aria-label={words.title} className="mb-6 text-sm lg:hidden">
        <details className="rounded-md border border-gray-200 bg-white px-4 py-3">
          <summary className="cursor-pointer font-semibold text-gray-900">
            {words.summary(sections.length)}
          </summary>
          <div className="mt-3">
            <SectionLinks sections={sections} />
          </div>
        </details>
      </nav>
    </>
  );
}
