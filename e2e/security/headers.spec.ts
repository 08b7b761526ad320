// Security headers on every kind of response (SECURITY.md S15): static and dynamic pages, the API,
// a 404, a redirect, and the signed-in areas, which must also never be stored by a cache.
import { request as httpRequest } from "node:http";
import type { APIResponse } from "@playwright/test";
import { expect, test } from "../fixtures";

type Visitor = "anonymous" | "customer" | "staff";
/** authenticated: the response is rendered for a signed-in user, so no cache may store it. */
type Route = { path: string; as: Visitor; status: number; authenticated: boolean };

const OWN_ORG = "<own organisation>";

const ROUTES: Route[] = [
  { path: "/", as: "anonymous", status: 200, authenticated: false },
  // The public trust center: prerendered pages, machine-readable files, a personal page reached from an email.
  { path: "/toms", as: "anonymous", status: 200, authenticated: false },
  { path: "/de/security", as: "anonymous", status: 200, authenticated: false },
  { path: "/subprocessors.json", as: "anonymous", status: 200, authenticated: false },
  { path: "/updates.atom", as: "anonymous", status: 200, authenticated: false },
  { path: "/dpa/latest.pdf", as: "anonymous", status: 200, authenticated: false },
  { path: "/.well-known/security.txt", as: "anonymous", status: 200, authenticated: false },
  {
    path: "/.well-known/article28-certificate-keys.json",
    as: "anonymous",
    status: 200,
    authenticated: false,
  },
  { path: "/en/documents/access/not-a-real-token", as: "anonymous", status: 200, authenticated: true },
  { path: "/sign-in", as: "anonymous", status: 200, authenticated: false },
  { path: "/api/health", as: "anonymous", status: 200, authenticated: false },
  { path: "/does-not-exist", as: "anonymous", status: 404, authenticated: false },
  // The proxy's redirect of an anonymous visitor: no user data, so no no-store requirement (S15).
  { path: `/portal/${OWN_ORG}`, as: "anonymous", status: 307, authenticated: false },
  { path: `/portal/${OWN_ORG}`, as: "customer", status: 200, authenticated: true },
  { path: `/portal/${OWN_ORG}/members`, as: "customer", status: 200, authenticated: true },
  { path: "/admin", as: "staff", status: 200, authenticated: true },
  { path: "/admin/mail", as: "staff", status: 200, authenticated: true },
];

function expectSecurityHeaders(response: APIResponse, route: Route) {
  const headers = response.headers();
  const where = `${route.path} as ${route.as}`;
  expect(headers["content-security-policy"], `${where}: CSP`).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"], `${where}: nosniff`).toBe("nosniff");
  expect(headers["referrer-policy"], `${where}: Referrer-Policy`).toMatch(
    /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
  );
  expect(headers["cross-origin-opener-policy"], `${where}: COOP`).toBe("same-origin");
  const hsts = /max-age=(\d+)/.exec(headers["strict-transport-security"] ?? "");
  expect(hsts, `${where}: HSTS in production`).not.toBeNull();
  expect(Number(hsts![1]), `${where}: HSTS max-age of at least a year`).toBeGreaterThanOrEqual(31_536_000);
  expect(headers["x-powered-by"], `${where}: no X-Powered-By`).toBeUndefined();
  if (route.authenticated) expect(headers["cache-control"], `${where}: never cached`).toContain("no-store");
}

for (const route of ROUTES) {
  test(`security headers on ${route.path} as ${route.as} (${route.status})`, async ({
    context,
    makeOrganization,
    makeUser,
    signIn,
  }) => {
    let path = route.path;
    if (path.includes(OWN_ORG) || route.as !== "anonymous") {
      const org = await makeOrganization();
      path = path.replace(OWN_ORG, org.slug);
      if (route.as === "customer")
        await signIn(context, await makeUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] }));
      if (route.as === "staff") await signIn(context, await makeUser({ staffRoles: ["ADMIN"] }));
    }

    const response = await context.request.get(path, { maxRedirects: 0 });

    expect(response.status()).toBe(route.status);
    expectSecurityHeaders(response, route);
  });
}

test("a public page answered in the negotiated language says so to caches (Vary), a prefixed one is cacheable as is", async ({
  request,
}) => {
  const negotiated = await request.get("/toms", { headers: { "accept-language": "de-DE,de;q=0.9" } });
  expect(negotiated.status()).toBe(200);
  expect(await negotiated.text()).toContain('lang="de"');
  const vary = (negotiated.headers()["vary"] ?? "").toLowerCase();
  expect(vary).toContain("accept-language");
  expect(vary).toContain("cookie");
  expect(negotiated.headers()["x-a28-negotiated"]).toBeUndefined();

  const prefixed = await request.get("/en/toms");
  expect(prefixed.status()).toBe(200);
  expect((prefixed.headers()["vary"] ?? "").toLowerCase()).not.toContain("accept-language");
  expect(prefixed.headers()["cache-control"]).not.toContain("no-store");
});

/** Sends a request with a method Playwright's client refuses to send (TRACE), straight over HTTP. */
function rawRequest(baseURL: string, method: string, path: string) {
  return new Promise<{ status: number; headers: Record<string, string> }>((resolve, reject) => {
    const url = new URL(path, baseURL);
    const req = httpRequest({ host: url.hostname, port: url.port, method, path: url.pathname }, (res) => {
      res.resume();
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)])),
        }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

test("TRACE, TRACK and methods nobody serves get 405 with the security headers, not a 500 (S15)", async ({
  baseURL,
}) => {
  for (const [method, path] of [
    ["TRACE", "/"],
    ["TRACE", "/sign-in"],
    ["TRACE", "/api/health"],
    ["TRACK", "/"],
    ["PROPFIND", "/admin"],
  ] as const) {
    const response = await rawRequest(baseURL!, method, path);
    const where = `${method} ${path}`;
    expect(response.status, where).toBe(405);
    expect(response.headers["allow"], `${where}: Allow`).toContain("GET");
    expectSecurityHeaders({ headers: () => response.headers } as unknown as APIResponse, {
      path: where,
      as: "anonymous",
      status: 405,
      authenticated: false,
    });
  }
});
