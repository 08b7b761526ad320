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
