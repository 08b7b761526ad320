// What the mirror changes in a page the live site served, and nothing else:
// - Next.js's scripts (and their preloads) go: hydrated, React would take over the forms and post them
//   to the static host, and client navigation would ask it for RSC payloads it cannot answer. Without
//   them the page is the server-rendered HTML and CSS, links are plain links (ADR 0036).
// - A form that runs a server action (React renders it with `$ACTION_` fields) opens the same form on
//   the live site: `action` = APP_URL + the page's path, `method="get"`, the action fields dropped and the
//   other fields unnamed, so nothing a visitor typed ends up in a URL. A cross-origin POST could not work:
//   the live site accepts state-changing requests only from its own origin (SECURITY.md S14).
// - Root-relative links to what the mirror holds stay; a file the mirror renamed (a download without
//   extension) is linked by its new name; every other path of the live site (sign-in, personal pages)
//   becomes an absolute link to the live site.

/** What becomes of a root-relative link to `path` with `search` ("" or "?…"). */
export type LinkTarget = (path: string, search: string) => "same" | "live" | { renamed: string };

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/g;
const SCRIPT_PRELOAD =
  /<link\b(?=[^>]*\bas="script")[^>]*\/?>|<link\b(?=[^>]*\brel="modulepreload")[^>]*\/?>/g;
const FORM = /<form\b([^>]*)>([\s\S]*?)<\/form>/g;
const ACTION_FIELD = /<input\b(?=[^>]*\bname="\$ACTION_)[^>]*\/?>/g;
const FIELD_NAME = /(<(?:input|select|textarea|button)\b[^>]*?)\sname="[^"]*"/g;
const ROOT_RELATIVE = /(\s(?:href|src|action)=")(\/(?!\/)[^"#?]*)([^"]*)"/g;

export function withoutScripts(html: string): string {
  return html.replace(SCRIPT, "").replace(SCRIPT_PRELOAD, "");
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/** Server-action forms open the same page on the live site (see above). */
export function formsToLiveSite(html: string, livePageUrl: string): string {
  return html.replace(FORM, (whole, attributes: string, body: string) => {
    if (!body.includes('name="$ACTION_')) return whole;
    const kept = attributes
      .replace(/\s(?:action|method|encType|enctype|target)="[^"]*"/g, "")
      .replace(/\s*$/, "");
    const fields = body.replace(ACTION_FIELD, "").replace(FIELD_NAME, "$1");
    return `<form${kept} action="${escapeAttribute(livePageUrl)}" method="get">${fields}</form>`;
  });
}

/** Rewrites root-relative links as `target` says (see above). */
export function linksForMirror(html: string, liveOrigin: string, target: LinkTarget): string {
  return html.replace(ROOT_RELATIVE, (whole, prefix: string, path: string, rest: string) => {
    const hash = rest.includes("#") ? rest.slice(rest.indexOf("#")) : "";
    const decision = target(path, rest.slice(0, rest.length - hash.length));
    if (decision === "same") return whole;
    if (decision === "live") return `${prefix}${escapeAttribute(liveOrigin)}${path}${rest}"`;
    return `${prefix}${escapeAttribute(decision.renamed)}${hash}"`;
  });
}

export function mirrorPage(
  html: string,
  page: { livePageUrl: string; liveOrigin: string; target: LinkTarget },
): string {
  return linksForMirror(
    formsToLiveSite(withoutScripts(html), page.livePageUrl),
    page.liveOrigin,
    page.target,
  );
}
