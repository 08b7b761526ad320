export type NavLink = { href: string; label: string };

/**
 * The href of the link whose page `pathname` is on: the longest href that is the path itself or one of
 * its folders ("/admin/incidents" for "/admin/incidents/42", "/admin" only for "/admin"), else null.
 */
export function currentLink(links: readonly NavLink[], pathname: string): string | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  let best: string | null = null;
  for (const { href } of links) {
    const inside = path === href || path.startsWith(href.endsWith("/") ? href : `${href}/`);
    if (inside && (best === null || href.length > best.length)) best = href;
  }
  return best;
}
