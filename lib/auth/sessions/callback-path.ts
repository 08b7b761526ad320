// Where to go after sign-in: only a path on this site (no open redirect).
export function safeCallbackPath(value: string | undefined | null): string {
  if (!value) return "/continue";
  try {
    const url = new URL(value, "http://local.invalid");
    if (
      url.origin !== "http://local.invalid" ||
      !url.pathname.startsWith("/") ||
      url.pathname.startsWith("//")
    )
      return "/continue";
    return `${url.pathname}${url.search}`;
  } catch {
    return "/continue";
  }
}
