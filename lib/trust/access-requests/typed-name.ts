// The NDA is accepted by typing one's full name; it must be the name given in the request, compared
// after trimming, with runs of spaces as one and without regard to case (Unicode-aware).

function normalized(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

export function typedNameMatches(name: string, typed: string): boolean {
  const expected = normalized(name);
  return expected !== "" && normalized(typed) === expected;
}
