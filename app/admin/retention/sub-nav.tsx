import Link from "next/link";
import { cx } from "@/app/_ui";

const PAGES = [
  { href: "/admin/retention", label: "Retention policies and purges" },
  { href: "/admin/legal-holds", label: "Legal holds" },
] as const;

/** The two pages behind the console's one "Retention" entry. */
export function RetentionSubNav({ current }: { current: (typeof PAGES)[number]["href"] }) {
  return (
    <nav aria-label="Retention and legal holds" className="mb-4 flex flex-wrap gap-4 text-sm">
      {PAGES.map((page) => (
        <Link
          key={page.href}
          href={page.href}
          aria-current={page.href === current ? "page" : undefined}
          className={cx("underline", page.href === current ? "font-semibold" : "text-brand-700")}
        >
          {page.label}
        </Link>
      ))}
    </nav>
  );
}
