"use client";
// A row of navigation links that never wraps and never widens the page: when the links do not fit (a
// phone, a long German label) the row scrolls sideways and an arrow with a fade shows at the edge that
// hides more; the current page is marked (aria-current) and scrolled into view.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { cx } from "./class-names";
import { currentLink, type NavLink } from "./current-link";

export type ScrollingNavProps = {
  /** The navigation's accessible name. */
  label: string;
  links: readonly NavLink[];
  /** "provider": the public trust center's brand colour (the --brand custom property). */
  accent?: "brand" | "provider";
  className?: string;
};

const ACCENT = {
  brand: { current: "border-brand-600 text-gray-900", hover: "hover:border-brand-600" },
  provider: { current: "border-[var(--brand)] text-gray-900", hover: "hover:border-[var(--brand)]" },
};

/** Room the edge arrows take (w-12 less the frame's padding, which lies outside the scrolling row). */
const EDGE_WIDTH = 32;
const EDGE =
  "pointer-events-none absolute inset-y-0 flex w-12 items-center text-lg font-semibold text-gray-600";

export function ScrollingNav({ label, links, accent = "brand", className }: ScrollingNavProps) {
  const current = currentLink(links, usePathname() ?? "");
  const scroller = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState({ before: false, after: false });

  const measure = useCallback(() => {
    const row = scroller.current;
    if (!row) return;
    const before = row.scrollLeft > 1;
    const after = row.scrollLeft + row.clientWidth < row.scrollWidth - 1;
    setMore((was) => (was.before === before && was.after === after ? was : { before, after }));
  }, []);

  useEffect(() => {
    const row = scroller.current;
    if (!row) return;
    const active = row.querySelector<HTMLElement>('[aria-current="page"]');
    if (active) {
      // Centre the current page when it is hidden or under an edge arrow; sideways only (scrollIntoView
      // would also move the page).
      const start = active.offsetLeft - row.scrollLeft;
      const end = start + active.offsetWidth;
      if (start < EDGE_WIDTH || end > row.clientWidth - EDGE_WIDTH)
        row.scrollLeft = active.offsetLeft - (row.clientWidth - active.offsetWidth) / 2;
    }
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(row);
    row.addEventListener("scroll", measure, { passive: true });
    return () => {
      observer.disconnect();
      row.removeEventListener("scroll", measure);
    };
  }, [measure, current]);

  const colours = ACCENT[accent];
  return (
    <nav aria-label={label} className={cx("relative", className)}>
      <div ref={scroller} className="relative overflow-x-auto [scrollbar-width:none]">
        <ul className="flex gap-4 text-sm">
          {links.map((link) => {
            const isCurrent = link.href === current;
            return (
              <li key={link.href} className="shrink-0">
                <Link
                  href={link.href}
                  prefetch={false}
                  aria-current={isCurrent ? "page" : undefined}
                  className={cx(
                    "inline-block whitespace-nowrap border-b-2 py-2 hover:text-gray-900",
                    isCurrent
                      ? cx("font-medium", colours.current)
                      : cx("border-transparent text-gray-700", colours.hover),
                  )}
                >
                  {link.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
      {more.before && (
        <span
          aria-hidden="true"
          data-testid="nav-more-before"
          className={cx(EDGE, "left-0 bg-gradient-to-r from-white from-40% to-transparent justify-start")}
        >
          ‹
        </span>
      )}
      {more.after && (
        <span
          aria-hidden="true"
          data-testid="nav-more-after"
          className={cx(EDGE, "right-0 bg-gradient-to-l from-white from-40% to-transparent justify-end")}
        >
          ›
        </span>
      )}
    </nav>
  );
}
