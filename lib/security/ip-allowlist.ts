// Organisation IP allow-lists: CIDR ranges (IPv4 and IPv6) parsed and matched with ipaddr.js.
import ipaddr from "ipaddr.js";

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** "10.0.0.0/8", "2001:db8::/32" or a single address; null when it is not valid. */
export function parseCidr(value: string): Range | null {
  try {
    const text = value.trim();
    if (text.includes("/")) return ipaddr.parseCIDR(text);
    const address = ipaddr.parse(text);
    return [address, address.kind() === "ipv4" ? 32 : 128];
  } catch {
    return null;
  }
}

function normalise(address: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  try {
    const parsed = ipaddr.parse(address);
    return parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()
      ? (parsed as ipaddr.IPv6).toIPv4Address()
      : parsed;
  } catch {
    return null;
  }
}

/** An empty list allows every address; otherwise the address must fall in one of the ranges. */
export function ipAllowed(ip: string | null, allowlist: readonly string[]): boolean {
  if (allowlist.length === 0) return true;
  const address = ip ? normalise(ip) : null;
  if (!address) return false;
  return allowlist.some((entry) => {
    const range = parseCidr(entry);
    return range !== null && range[0].kind() === address.kind() && address.match(range);
  });
}
