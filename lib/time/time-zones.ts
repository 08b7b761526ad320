// The IANA time zones the runtime knows (Intl.supportedValuesOf lists canonical zones only, without
// "UTC"), for settings that choose a zone: a form offers them, and input is checked against them.
let zones: readonly string[] | undefined;

/** Every known zone, "UTC" first, then alphabetically. */
export function ianaTimeZones(): readonly string[] {
  zones ??= [
    "UTC",
    ...Intl.supportedValuesOf("timeZone")
      .filter((zone) => zone !== "UTC")
      .sort(),
  ];
  return zones;
}

export function isIanaTimeZone(value: string): boolean {
  return ianaTimeZones().includes(value);
}

/**
 * The listed zone a zone name stands for ("Europe/Kyiv" -> "Europe/Kiev", "Etc/UTC" -> "UTC", as this
 * runtime names them), or null for a name the runtime does not know. Browsers may report an alias.
 */
export function canonicalTimeZone(value: string): string | null {
  if (isIanaTimeZone(value)) return value;
  try {
    const resolved = new Intl.DateTimeFormat("en", { timeZone: value }).resolvedOptions().timeZone;
    return isIanaTimeZone(resolved) ? resolved : null;
  } catch {
    return null;
  }
}
