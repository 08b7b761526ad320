// A small fake Microsoft Entra ID (OpenID Connect) provider on 127.0.0.1 for integration and e2e tests
// of the SSO flow (SECURITY.md S7, S8). It speaks the parts of the v2.0 endpoints MSAL uses:
//   GET  /<tenant>/oauth2/v2.0/authorize  approves at once: redirects to redirect_uri with code + state
//   POST /<tenant>/oauth2/v2.0/token      checks the code (single use), client credentials, redirect_uri
//                                         and the PKCE S256 verifier; answers with an RS256 id_token
//   GET  /<tenant>/discovery/v2.0/keys    the signing key (JWKS)
//   GET  /<tenant>/v2.0/.well-known/openid-configuration
// Tests choose who "signs in" with signInAs(user, tamper): the tamper knobs forge a wrong audience,
// issuer, nonce or tenant claim, or make the authorize step answer with an error.
import {
  createHash,
  createSign,
  generateKeyPairSync,
  randomBytes,
  timingSafeEqual,
  type JsonWebKey,
} from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeOidcUser = {
  /** Tenant id (GUID) the account belongs to; the token's `tid`, and part of its issuer. */
  tid: string;
  /** Object id (GUID) of the account in that tenant; the token's `oid`. */
  oid: string;
  email?: string;
  /** The UPN; defaults to email. */
  preferredUsername?: string;
  name?: string;
  /** Authentication methods, e.g. ["pwd", "mfa"]. Omitted from the token when undefined. */
  amr?: string[];
};

export type FakeOidcTamper = {
  /** Sign the token for another audience than the client that asked. */
  aud?: string;
  /** Use this issuer instead of `<issuerBase>/<tid>/v2.0`. */
  iss?: string;
  /** Put this nonce in the token instead of the one from the authorize request. */
  nonce?: string;
  /** Put this `tid` claim in the token (the issuer keeps the account's tenant). */
  tid?: string;
  /** The authorize step answers with this OAuth error (e.g. "access_denied") instead of a code. */
  error?: string;
};

export type FakeOidcClient = { clientId: string; clientSecret: string };

export type FakeOidcOptions = {
  /** Fixed port (e2e: the app is configured with it before the fake starts); default: any free port. */
  port?: number;
  /** Issuer host the tokens name: `<issuerBase>/<tid>/v2.0`. The app's test authority is https://login.test. */
  issuerBase?: string;
  /** Time source for iat/nbf/exp (tests with a fixed clock pass theirs). */
  now?: () => Date;
  /**
   * With a fixed port: how long to keep retrying while another process holds it. e2e spec files that
   * each start the fake on the app's one SSO_TEST_AUTHORITY port run in parallel workers; each waits
   * for the other to close it (default: fail at once).
   */
  waitForPortMs?: number;
};

export type FakeOidc = {
  /** http://127.0.0.1:<port> */
  url: string;
  port: number;
  /** Client ids and secrets the token endpoint accepts. */
  registerClient(client: FakeOidcClient): void;
  /** Who the next authorize requests approve (until called again), and how the token is forged. */
  signInAs(user: FakeOidcUser, tamper?: FakeOidcTamper): void;
  /** The query of every authorize request, for assertions (PKCE method, prompt, login_hint, ...). */
  authorizeRequests: URLSearchParams[];
  /** Every token request body, with client_secret and code_verifier masked. */
  tokenRequests: URLSearchParams[];
  /** Token requests refused, with the OAuth error returned. */
  tokenErrors: string[];
  close(): Promise<void>;
};

type IssuedCode = {
  tenant: string;
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  nonce: string;
  scope: string;
  user: FakeOidcUser;
  tamper: FakeOidcTamper;
  used: boolean;
};

const ROUTE =
  /^\/([^/]+)\/(oauth2\/v2\.0\/authorize|oauth2\/v2\.0\/token|discovery\/v2\.0\/keys|v2\.0\/\.well-known\/openid-configuration)$/;

export async function startFakeOidc(options: FakeOidcOptions = {}): Promise<FakeOidc> {
  const issuerBase = options.issuerBase ?? "https://login.test";
  const now = options.now ?? (() => new Date());
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const kid = randomBytes(8).toString("hex");
  const jwk: JsonWebKey = { ...publicKey.export({ format: "jwk" }), kid, use: "sig", alg: "RS256" };
  const clients = new Map<string, string>();
  const codes = new Map<string, IssuedCode>();
  let current: { user: FakeOidcUser; tamper: FakeOidcTamper } | null = null;
  const authorizeRequests: URLSearchParams[] = [];
  const tokenRequests: URLSearchParams[] = [];
  const tokenErrors: string[] = [];
  let baseUrl = "";

  const signJwt = (claims: Record<string, unknown>) => {
    const header = base64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid }));
    const body = base64url(JSON.stringify(claims));
    const signature = createSign("RSA-SHA256").update(`${header}.${body}`).sign(privateKey);
    return `${header}.${body}.${signature.toString("base64url")}`;
  };

  function authorize(tenant: string, query: URLSearchParams, res: ServerResponse) {
    authorizeRequests.push(query);
    const clientId = query.get("client_id") ?? "";
    const redirectUri = query.get("redirect_uri") ?? "";
    if (!clients.has(clientId) || !/^https?:\/\//.test(redirectUri))
      return text(res, 400, "unknown client or missing redirect_uri");
    const back = new URL(redirectUri);
    const state = query.get("state");
    if (state) back.searchParams.set("state", state);
    const fail = (error: string, description: string) => {
      back.searchParams.set("error", error);
      back.searchParams.set("error_description", description);
      redirect(res, back);
    };
    if (query.get("response_type") !== "code")
      return fail("unsupported_response_type", "Only the code flow is supported.");
    if (query.get("code_challenge_method") !== "S256" || !query.get("code_challenge"))
      return fail("invalid_request", "PKCE with S256 is required.");
    if (!current) return fail("login_required", "The fake provider has no user to sign in (call signInAs).");
    if (current.tamper.error) return fail(current.tamper.error, "The user did not approve the sign-in.");
    const code = randomBytes(24).toString("base64url");
    codes.set(code, {
      tenant,
      clientId,
      redirectUri,
      codeChallenge: query.get("code_challenge")!,
      nonce: query.get("nonce") ?? "",
      scope: query.get("scope") ?? "openid",
      user: current.user,
      tamper: current.tamper,
      used: false,
    });
    back.searchParams.set("code", code);
    back.searchParams.set(
      "client_info",
      base64url(JSON.stringify({ uid: current.user.oid, utid: current.user.tid })),
    );
    redirect(res, back);
  }

  function token(tenant: string, body: URLSearchParams, res: ServerResponse) {
    const masked = new URLSearchParams(body);
    for (const secret of ["client_secret", "code_verifier", "code"])
      if (masked.has(secret)) masked.set(secret, "***");
    tokenRequests.push(masked);
    const refuse = (error: string, status = 400) => {
      tokenErrors.push(error);
      json(res, status, { error, error_description: `fake provider: ${error}`, error_codes: [70000] });
    };
    if (body.get("grant_type") !== "authorization_code") return refuse("unsupported_grant_type");
    const clientId = body.get("client_id") ?? "";
    const expectedSecret = clients.get(clientId);
    if (!expectedSecret || !sameText(expectedSecret, body.get("client_secret") ?? ""))
      return refuse("invalid_client", 401);
    const issued = codes.get(body.get("code") ?? "");
    if (!issued || issued.used || issued.clientId !== clientId || issued.tenant !== tenant)
      return refuse("invalid_grant");
    issued.used = true;
    if (issued.redirectUri !== body.get("redirect_uri")) return refuse("invalid_grant");
    const verifier = body.get("code_verifier") ?? "";
    if (!verifier || createHash("sha256").update(verifier).digest("base64url") !== issued.codeChallenge)
      return refuse("invalid_grant");

    const { user, tamper } = issued;
    const at = Math.floor(now().getTime() / 1000);
    const claims: Record<string, unknown> = {
      aud: tamper.aud ?? clientId,
      iss: tamper.iss ?? `${issuerBase}/${user.tid}/v2.0`,
      iat: at,
      nbf: at,
      exp: at + 3600,
      sub: createHash("sha256").update(`${user.oid}:${clientId}`).digest("base64url"),
      oid: user.oid,
      tid: tamper.tid ?? user.tid,
      nonce: tamper.nonce ?? issued.nonce,
      ver: "2.0",
      ...(user.name !== undefined && { name: user.name }),
      ...(user.email !== undefined && { email: user.email }),
      ...((user.preferredUsername ?? user.email) !== undefined && {
        preferred_username: user.preferredUsername ?? user.email,
      }),
      ...(user.amr !== undefined && { amr: user.amr }),
    };
    json(res, 200, {
      token_type: "Bearer",
      scope: issued.scope,
      expires_in: 3600,
      ext_expires_in: 3600,
      access_token: randomBytes(32).toString("base64url"),
      id_token: signJwt(claims),
      client_info: base64url(JSON.stringify({ uid: user.oid, utid: user.tid })),
    });
  }

  function metadata(tenant: string) {
    return {
      issuer: `${issuerBase}/${tenant}/v2.0`,
      authorization_endpoint: `${baseUrl}/${tenant}/oauth2/v2.0/authorize`,
      token_endpoint: `${baseUrl}/${tenant}/oauth2/v2.0/token`,
      jwks_uri: `${baseUrl}/${tenant}/discovery/v2.0/keys`,
      end_session_endpoint: `${baseUrl}/${tenant}/oauth2/v2.0/logout`,
      response_types_supported: ["code"],
      subject_types_supported: ["pairwise"],
      id_token_signing_alg_values_supported: ["RS256"],
      code_challenge_methods_supported: ["S256"],
    };
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => text(res, 500, `fake provider error: ${String(error)}`));
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", baseUrl);
    const match = ROUTE.exec(url.pathname);
    if (!match) return text(res, 404, "not found");
    const [, tenant, endpoint] = match as unknown as [string, string, string];
    if (endpoint === "oauth2/v2.0/authorize" && req.method === "GET")
      return authorize(tenant, url.searchParams, res);
    if (endpoint === "oauth2/v2.0/token" && req.method === "POST")
      return token(tenant, new URLSearchParams(await readBody(req)), res);
    if (endpoint === "discovery/v2.0/keys" && req.method === "GET") return json(res, 200, { keys: [jwk] });
    if (endpoint === "v2.0/.well-known/openid-configuration" && req.method === "GET")
      return json(res, 200, metadata(tenant));
    return text(res, 405, "method not allowed");
  }

  await listenOn(server, options.port ?? 0, options.waitForPortMs ?? 0);
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: baseUrl,
    port,
    registerClient: (client) => void clients.set(client.clientId, client.clientSecret),
    signInAs: (user, tamper = {}) => void (current = { user, tamper }),
    authorizeRequests,
    tokenRequests,
    tokenErrors,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function listenOn(
  server: ReturnType<typeof createServer>,
  port: number,
  waitForPortMs: number,
): Promise<void> {
  const deadline = Date.now() + waitForPortMs;
  for (;;) {
    try {
      return await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, "127.0.0.1", () => {
          server.off("error", reject);
          resolve();
        });
      });
    } catch (error) {
      const busy = (error as { code?: unknown }).code === "EADDRINUSE";
      if (!busy || port === 0 || Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

function base64url(text: string): string {
  return Buffer.from(text).toString("base64url");
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function redirect(res: ServerResponse, to: URL) {
  res.writeHead(302, { Location: to.toString(), "Cache-Control": "no-store" }).end();
}

function json(res: ServerResponse, status: number, body: unknown) {
  res
    .writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store" })
    .end(JSON.stringify(body));
}

function text(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" }).end(body);
}
