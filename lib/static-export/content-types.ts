// Where a crawled URL lives in the static mirror. A static server picks the Content-Type from the file's
// extension and serves `dir/index.html` for `dir/`, so a page becomes `<path>/index.html` and any other
// answer keeps its path if the extension already says its type, else gets one (`/documents/x/download`
// → `/documents/x/download.pdf`; links to it are rewritten).

const EXTENSIONS: Record<string, string> = {
  "text/html": "html",
  "application/json": "json",
  "text/csv": "csv",
  "application/atom+xml": "atom",
  "application/xml": "xml",
  "text/xml": "xml",
  "application/pdf": "pdf",
  "text/plain": "txt",
  "text/css": "css",
  "application/javascript": "js",
  "text/javascript": "js",
  "image/svg+xml": "svg",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
  "image/x-icon": "ico",
  "font/woff2": "woff2",
  "font/woff": "woff",
  "application/zip": "zip",
};

/** The media type without parameters, lower case ("text/html; charset=utf-8" → "text/html"). */
export function mediaType(contentType: string | null): string {
  return (contentType ?? "application/octet-stream").split(";")[0]!.trim().toLowerCase();
}

export function isHtml(contentType: string | null): boolean {
  return mediaType(contentType) === "text/html";
}

function extensionOf(path: string): string | null {
  const last = path.slice(path.lastIndexOf("/") + 1);
  const dot = last.lastIndexOf(".");
  return dot > 0 ? last.slice(dot + 1).toLowerCase() : null;
}

/**
 * The URL path under which the mirror serves what the live site answers at `key` (links.ts
 * resourceKey): a language variant of a file gets the language before its extension
 * (`/updates.atom?lang=de` → `/updates.de.atom`).
 */
export function mirrorUrlPath(key: string, contentType: string | null): string {
  const [path, query] = key.split("?") as [string, string | undefined];
  const lang = query ? new URLSearchParams(query).get("lang") : null;
  const dot = path.lastIndexOf(".");
  const urlPath =
    lang && dot > path.lastIndexOf("/") ? `${path.slice(0, dot)}.${lang}${path.slice(dot)}` : path;
  if (isHtml(contentType)) return urlPath;
  const wanted = EXTENSIONS[mediaType(contentType)];
  const has = extensionOf(urlPath);
  if (!wanted || has === wanted || (wanted === "jpg" && has === "jpeg")) return urlPath;
  return `${urlPath}.${wanted}`;
}

/**
 * The file (relative, "/"-separated, percent-decoded as a static server decodes the request) for a
 * mirror URL path; a page is `<path>/index.html`. Refuses segments a server would not map back ("..").
 */
export function mirrorFile(urlPath: string, contentType: string | null): string {
  const segments = urlPath
    .split("/")
    .filter((s) => s !== "")
    .map((s) => decodeURIComponent(s));
  for (const segment of segments) {
    if (segment === "." || segment === ".." || /[\\/\0]/.test(segment))
      throw new Error(`static export: unusable path ${urlPath}`);
  }
  if (isHtml(contentType)) return [...segments, "index.html"].join("/");
  if (segments.length === 0) throw new Error("static export: a file cannot be the root");
  return segments.join("/");
}
