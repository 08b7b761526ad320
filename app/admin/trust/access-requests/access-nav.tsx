import Link from "next/link";

const SECTIONS = [
  { key: "requests", href: "/admin/trust/access-requests", label: "Requests and grants" },
  { key: "rules", href: "/admin/trust/access-requests/rules", label: "Rules" },
  { key: "downloads", href: "/admin/trust/access-requests/downloads", label: "Downloads by company" },
] as const;

/** Moves between the parts of access review. */
export function AccessNav({ current }: { current: (typeof SECTIONS)[number]["key"] }) {
  return (
    <nav aria-label="Access review" className="mb-6">
      <ul className="flex flex-wrap gap-4 border-b border-gray-200 text-sm">
        {SECTIONS.map((s) => (
          <li key={s.key}>
            <Link
              href={s.href}
              aria-current={s.key === current ? "page" : undefined}
              className={`inline-block border-b-2 py-2 ${s.key === current ? "border-brand-700 font-semibold text-gray-900" : "border-transparent text-gray-700 hover:text-gray-900"}`}
            >
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
