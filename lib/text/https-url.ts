// An https address as someone typed it (SECURITY.md S25). It is checked as a string before URL parsing:
// the WHATWG parser silently drops tabs and line breaks and turns backslashes into slashes, so
// "https://x.example/p\nContact: mailto:evil@…" parses as a fine URL while the stored string, written
// into security.txt, a CSV cell or a header, carries a line of its own.

/** Printable ASCII without spaces, quotes, angle brackets or backslashes: RFC 3986 characters and "%". */
const URI_CHARACTERS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;

/** An https URL with a host and no user name or password, written only with URI characters. */
export function isPlainHttpsUrl(value: string): boolean {
  if (!URI_CHARACTERS.test(value) || !/^https:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname !== "" && !url.username && !url.password;
  } catch {
    return false;
  }
}
