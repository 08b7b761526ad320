// Factories shared by the seed, integration tests and e2e fixtures: each creates one valid record
// with sensible defaults and returns it. Passwords are hashed exactly as in production (argon2id).
import { randomBytes } from "node:crypto";
import { hashPassword } from "../lib/auth/passwords/password-hash.ts";
import { db } from "../lib/db/client.ts";
import type { CustomerRole, StaffRole } from "../lib/generated/prisma/enums.ts";
import type { Locale } from "../lib/i18n/locale.ts";

const unique = () => randomBytes(4).toString("hex");

/** Marks secrets made up by tests; it must never appear in clear in the database or in any log. */
export const SECRET_CANARY = "CANARY-SECRET";

export async function createOrganization(
  data: {
    slug?: string;
    name?: string;
    breachNotificationHours?: number;
    dsrDueDays?: number;
    defaultTimeZone?: string;
    /** C1 (lib/subprocessor-notices): GENERAL by default, 30 days. */
    subprocessorAuthorisation?: "GENERAL" | "SPECIFIC";
    subprocessorNoticeDays?: number;
  } = {},
) {
  const suffix = unique();
  return db.organization.create({
    data: {
      slug: data.slug ?? `org-${suffix}`,
      name: data.name ?? `Organisation ${suffix}`,
      breachNotificationHours: data.breachNotificationHours ?? 36,
      dsrDueDays: data.dsrDueDays ?? 10,
      defaultTimeZone: data.defaultTimeZone,
      subprocessorAuthorisation: data.subprocessorAuthorisation,
      subprocessorNoticeDays: data.subprocessorNoticeDays,
    },
  });
}

/**
 * Users created without a password of their own share one made-up password per process, hashed once:
 * argon2id at production cost takes 35–70 ms on these machines, and the suites create a few thousand users.
 * A test that needs its own password passes it and gets it hashed as in production.
 */
let sharedPassword: Promise<{ password: string; passwordHash: string }> | undefined;
function defaultPassword() {
  sharedPassword ??= (async () => {
    const password = `${SECRET_CANARY}-${unique()}-${unique()}`;
    return { password, passwordHash: await hashPassword(password) };
  })();
  return sharedPassword;
}

export async function createUser(
  data: {
    email?: string;
    name?: string;
    password?: string;
    staffRoles?: StaffRole[];
    memberships?: { organizationId: string; role: CustomerRole }[];
    /** The person's own time zone; left out: none chosen yet (the first signed-in page stores the browser's). */
    timeZone?: string;
    /** The language chosen on the account page (default: none chosen). */
    language?: Locale;
  } = {},
) {
  const suffix = unique();
  // Test passwords carry a marker the e2e runner looks for in the database and the server log afterwards.
  const { password, passwordHash } = data.password
    ? { password: data.password, passwordHash: await hashPassword(data.password) }
    : await defaultPassword();
  const user = await db.user.create({
    data: {
      email: (data.email ?? `user-${suffix}@example.test`).toLowerCase(),
      name: data.name ?? `User ${suffix}`,
      timeZone: data.timeZone,
      language: data.language ?? null,
      credential: { create: { passwordHash, passwordChangedAt: new Date() } },
      staffRoles: { create: (data.staffRoles ?? []).map((role) => ({ role })) },
      memberships: {
        create: (data.memberships ?? []).map((m) => ({ organizationId: m.organizationId, role: m.role })),
      },
    },
  });
  return { ...user, password };
}

export async function upsertProviderSettings() {
  const settings = {
    legalName: "Northwind Analytics GmbH",
    displayName: "Northwind Analytics",
    address: "Friedrichstraße 123, 10117 Berlin, Germany",
    dpoName: "Dr. Lena Vogel",
    dpoEmail: "dpo@northwind.example",
    securityEmail: "security@northwind.example",
    defaultBreachNotificationHours: 36,
    defaultDsrDueDays: 10,
  };
  return db.providerSettings.upsert({ where: { id: "provider" }, create: settings, update: {} });
}
