// Environment, validated once with zod. Every variable is documented in .env.example.
import { z } from "zod";
import { parseSigningKeys, SigningKeyError } from "../signing/key-spec.ts";

const DEV_AUTH_SECRET = "article28-development-secret-do-not-use-in-production";
// Development/test only: a fixed key so local data survives restarts. Production must set its own.
const DEV_ENCRYPTION_KEYS = "dev:RFQw89Y1TJkpzb7+aSGG4UAWHVBCgRhP2BHxt6Wmsw8=";
// Development/test only: a fixed Ed25519 key (PKCS#8, base64) that signs certificates; production refuses it.
const DEV_SIGNING_KEY = "MC4CAQAwBQYDK2VwBCIEIPWZPs7N2ZATzvd75NeojkTyeAtr7ij216evY8WhC9H7";
export const DEV_CERTIFICATE_SIGNING_KEYS = `dev:${DEV_SIGNING_KEY}`;
const KNOWN_WEAK = new Set(["changeme", "secret", "password", DEV_AUTH_SECRET]);

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const flag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0"])
    .default(fallback ? "true" : "false")
    .transform((v) => v === "true" || v === "1");
/** How many reverse proxies in front append to X-Forwarded-For: "false" (none), "true" (one) or 0 to 10. */
const trustedProxyHops = z
  .string()
  .default("false")
  .refine(
    (v) => v === "true" || v === "false" || (/^\d{1,2}$/.test(v) && Number(v) <= 10),
    "TRUST_PROXY is the number of reverse proxies in front that append to X-Forwarded-For: false (none), true (one) or 0 to 10",
  )
  .transform((v) => (v === "true" ? 1 : v === "false" ? 0 : Number(v)));

function strongSecret(name: string) {
  return z
    .string({
      error: `${name} is required in production (at least 32 random characters, e.g. \`openssl rand -base64 48\`)`,
    })
    .min(32, `${name} is too short: use at least 32 random characters (e.g. \`openssl rand -base64 48\`)`)
    .refine((v) => !KNOWN_WEAK.has(v), `${name} is a published example value; generate your own`)
    .refine((v) => new Set(v).size >= 10, `${name} is too repetitive to be a random secret`);
}

const databaseUrl = z
  .url({ error: "DATABASE_URL must be a postgresql:// URL" })
  .refine((v) => /^postgres(ql)?:\/\//.test(v), {
    message: "DATABASE_URL must start with postgresql://",
  });

/** Where the database is and how many connections a process opens; known before the app's env (scripts/run.ts). */
const databaseSettings = z.object({
  DATABASE_POOL_SIZE: z.coerce
    .number({ error: "DATABASE_POOL_SIZE must be a whole number of connections" })
    .int("DATABASE_POOL_SIZE must be a whole number of connections")
    .min(1, "DATABASE_POOL_SIZE must be at least 1")
    .max(1000, "DATABASE_POOL_SIZE must be at most 1000")
    .optional(),
  EMBEDDED_POSTGRES_PORT: z.coerce
    .number({ error: "EMBEDDED_POSTGRES_PORT must be a TCP port" })
    .int("EMBEDDED_POSTGRES_PORT must be a TCP port")
    .min(1024, "EMBEDDED_POSTGRES_PORT must be between 1024 and 65535")
    .max(65535, "EMBEDDED_POSTGRES_PORT must be between 1024 and 65535")
    .default(54329),
  EMBEDDED_POSTGRES_DIR: z.string().default("node_modules/.cache/article28/postgres"),
  /**
   * The database owner's connection: migrations and the application role's grants run with it, the app
   * never does (ADR 0025). Unset: DATABASE_URL is used for both (one role, no least privilege).
   */
  DATABASE_OWNER_URL: z
    .url({ error: "DATABASE_OWNER_URL must be a postgresql:// URL" })
    .refine((v) => /^postgres(ql)?:\/\//.test(v), {
      message: "DATABASE_OWNER_URL must start with postgresql://",
    })
    .optional(),
});

const base = databaseSettings.extend({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: databaseUrl,
  APP_URL: z
    .url({ error: "APP_URL must be the public base URL, e.g. https://trust.example.com" })
    .default("http://localhost:3000"),
  SMTP_URL: z
    .string()
    .optional()
    .refine((v) => !v || /^smtps?:\/\//.test(v), "SMTP_URL must start with smtp:// or smtps://"),
  MAIL_FROM: z.string().default("Article28 <no-reply@localhost>"),
  SESSION_IDLE_MINUTES_CUSTOMER: positiveInt(60),
  SESSION_ABSOLUTE_HOURS_CUSTOMER: positiveInt(12),
  SESSION_IDLE_MINUTES_STAFF: positiveInt(30),
  SESSION_ABSOLUTE_HOURS_STAFF: positiveInt(8),
  JOBS_IN_APP: flag(true),
  /** Where organisation exports are written (ADR 0023); relative paths are relative to the working directory. */
  EXPORT_DIR: z.string().default(".data/exports"),
  /**
   * The erasure ledger (ADR 0034): append-only, outside the database, so a restored backup re-applies the
   * erasures and account deletions made after it. Keep it on storage that outlives the database's.
   */
  ERASURE_LEDGER_DIR: z.string().default(".data/erasure-ledger"),
  TRUST_PROXY: trustedProxyHops,
  // Testing only: Microsoft sign-in goes to a local fake OpenID provider (lib/auth/sso/authority.ts).
  SSO_TEST_AUTHORITY: z
    .string()
    .regex(
      /^http:\/\/(127\.0\.0\.1|localhost):\d{1,5}$/,
      "SSO_TEST_AUTHORITY is for tests only and must be a loopback URL such as http://127.0.0.1:45123",
    )
    .optional(),
});

const LOOPBACK_APP_URL = /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/?$/;

const KEYRING = /^[a-z0-9]+:[A-Za-z0-9+/]{43}=(,[a-z0-9]+:[A-Za-z0-9+/]{43}=)*$/i;
const encryptionKeys = z
  .string({
    error:
      "ENCRYPTION_KEYS is required in production: '1:' followed by 32 random bytes in base64 (e.g. `echo 1:$(openssl rand -base64 32)`)",
  })
  .regex(
    KEYRING,
    "ENCRYPTION_KEYS must be 'version:base64-of-32-bytes', newest first, comma-separated (e.g. `echo 1:$(openssl rand -base64 32)`)",
  );

/** Ed25519 keys that sign certificates (lib/signing/key-spec.ts, ADR 0020). */
const certificateSigningKeys = z
  .string({
    error:
      "CERTIFICATE_SIGNING_KEYS is required in production: 'keyId:' followed by an Ed25519 private key, PKCS#8 DER in base64 (e.g. `echo 1:$(openssl genpkey -algorithm ed25519 -outform DER | base64 -w0)`)",
  })
  .superRefine((value, issue) => {
    try {
      parseSigningKeys(value);
    } catch (error) {
      if (!(error instanceof SigningKeyError)) throw error;
      issue.addIssue({
        code: "custom",
        message: `CERTIFICATE_SIGNING_KEYS must be 'keyId:base64-PKCS8-Ed25519-key[:YYYY-MM-DD]', newest first, comma-separated: ${error.message}`,
      });
    }
  });

const schema = z.discriminatedUnion("NODE_ENV", [
  base
    .extend({
      NODE_ENV: z.literal("production"),
      AUTH_SECRET: strongSecret("AUTH_SECRET"),
      ENCRYPTION_KEYS: encryptionKeys.refine(
        (v) => !v.includes(DEV_ENCRYPTION_KEYS),
        "ENCRYPTION_KEYS contains the development key; generate your own",
      ),
      CERTIFICATE_SIGNING_KEYS: certificateSigningKeys.refine(
        (v) => !v.includes(DEV_SIGNING_KEY),
        "CERTIFICATE_SIGNING_KEYS contains the development key; generate your own",
      ),
    })
    .refine((e) => !e.SSO_TEST_AUTHORITY || LOOPBACK_APP_URL.test(e.APP_URL), {
      path: ["SSO_TEST_AUTHORITY"],
      message:
        "SSO_TEST_AUTHORITY is for tests only: production refuses it unless APP_URL is a loopback address (a local test run)",
    }),
  base.extend({
    NODE_ENV: z.enum(["development", "test"]),
    AUTH_SECRET: z.string().min(1).default(DEV_AUTH_SECRET),
    ENCRYPTION_KEYS: encryptionKeys.default(DEV_ENCRYPTION_KEYS),
    CERTIFICATE_SIGNING_KEYS: certificateSigningKeys.default(DEV_CERTIFICATE_SIGNING_KEYS),
  }),
]);

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses an environment; throws EnvError naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const withDefaults = { NODE_ENV: "development", ...stripEmpty(source) };
  const result = schema.safeParse(withDefaults);
  if (result.success) return result.data;
  throw new EnvError(
    result.error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)),
  );
}

function stripEmpty(source: Record<string, string | undefined>) {
  return Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
}

export type DatabaseEnv = z.infer<typeof databaseSettings> & { DATABASE_URL?: string };

/** The database settings alone (DATABASE_URL may still be unset: then the embedded PostgreSQL is used). */
export function parseDatabaseEnv(source: Record<string, string | undefined>): DatabaseEnv {
  const result = databaseSettings
    .extend({ DATABASE_URL: databaseUrl.optional() })
    .safeParse(stripEmpty(source));
  if (result.success) return result.data;
  throw new EnvError(
    result.error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)),
  );
}

/** The process's database settings, read afresh (scripts set DATABASE_URL once the embedded server runs). */
export function databaseEnv(): DatabaseEnv {
  return parseDatabaseEnv(process.env);
}

let cached: Env | undefined;
/** The process environment, parsed on first use (never at build time). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
