// security.txt (RFC 9116) at the well-known path: Contact, an Expires that is always ahead but under a
// year, Policy, Canonical; plain text, cacheable; the legacy /security.txt redirects permanently.
import { expect, test } from "../fixtures";

function fields(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^([A-Za-z-]+): (.+)$/.exec(line);
    if (match) map.set(match[1]!.toLowerCase(), match[2]!);
  }
  return map;
}

test("/.well-known/security.txt has Contact, a rolling Expires, Preferred-Languages, Policy and Canonical", async ({
  request,
  baseURL,
}) => {
  const response = await request.get("/.well-known/security.txt");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  expect(response.headers()["cache-control"]).toBe("public, max-age=3600");
  const security = fields(await response.text());
  expect(security.get("contact")).toMatch(/^mailto:[^@\s]+@[^@\s]+$/);
  const expires = Date.parse(security.get("expires") ?? "");
  expect(expires).toBeGreaterThan(Date.now());
  expect(expires - Date.now()).toBeLessThan(365 * 24 * 3600 * 1000);
  expect(security.get("preferred-languages")).toBe("en, de");
  expect(security.get("canonical")).toBe(`${baseURL}/.well-known/security.txt`);
  const policy = security.get("policy")!;
  expect(policy).toMatch(/^https?:\/\//);
  if (policy.startsWith(baseURL!)) {
    // The fallback points at the disclosure section of the public security page.
    expect((await request.get(policy.slice(baseURL!.length).split("#")[0]!)).status()).toBe(200);
  }
});

test("/security.txt redirects permanently to the well-known location", async ({ request }) => {
  const response = await request.get("/security.txt", { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()["location"]).toBe("/.well-known/security.txt");
});
