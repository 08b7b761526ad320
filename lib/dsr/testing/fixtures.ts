// A world for the request tests: an organisation (Berlin time) with a member in every role and two
// connected systems, a second organisation with its own owner and system, and staff of the roles that
// work requests. Each call creates fresh records (no shared names), so tests stay independent.
import { randomBytes } from "node:crypto";
import { createOrganization, createUser } from "../../../prisma/factories.ts";
import { db } from "../../db/client.ts";
import type { DsrRequestInput } from "../request-input.ts";

const unique = () => randomBytes(4).toString("hex");

export async function createSystem(organizationIds: string[], name = `System ${unique()}`) {
  return db.dataSystem.create({
    data: {
      key: `system-${unique()}`,
      name,
      organizations: { create: organizationIds.map((organizationId) => ({ organizationId })) },
    },
  });
}

export async function dsrWorld(
  options: { timeZone?: string; dueOnWorkingDay?: boolean; dueDays?: number } = {},
) {
  const own = await createOrganization({ dsrDueDays: options.dueDays ?? 10 });
  await db.organization.update({
    where: { id: own.id },
    data: {
      defaultTimeZone: options.timeZone ?? "Europe/Berlin",
      dsrDueOnWorkingDay: options.dueOnWorkingDay ?? false,
    },
  });
  const other = await createOrganization();
  const member = (
    role: "OWNER" | "ADMIN" | "PRIVACY_OFFICER" | "AUDITOR" | "MEMBER",
    organizationId = own.id,
  ) => createUser({ memberships: [{ organizationId, role }] });
  const [owner, privacy, auditor, plain, otherOwner] = await Promise.all([
    member("OWNER"),
    member("PRIVACY_OFFICER"),
    member("AUDITOR"),
    member("MEMBER"),
    member("OWNER", other.id),
  ]);
  const [staffPrivacy, staffAdmin, staffSupport, staffSecurity] = await Promise.all([
    createUser({ staffRoles: ["PRIVACY"] }),
    createUser({ staffRoles: ["ADMIN"] }),
    createUser({ staffRoles: ["SUPPORT"] }),
    createUser({ staffRoles: ["SECURITY"] }),
  ]);
  const systems = [
    await createSystem([own.id], "Product database"),
    await createSystem([own.id], "Analytics events"),
  ];
  const otherSystem = await createSystem([other.id]);
  return {
    own,
    other,
    owner,
    privacy,
    auditor,
    plain,
    otherOwner,
    staffPrivacy,
    staffAdmin,
    staffSupport,
    staffSecurity,
    systems,
    otherSystem,
  };
}

export function accessRequest(overrides: Partial<DsrRequestInput> = {}): DsrRequestInput {
  return {
    type: "ACCESS",
    subject: { email: `subject-${unique()}@example.test` },
    receivedAt: new Date("2026-03-05T10:00:00Z"),
    instructionReference: "TICKET-1",
    note: "",
    identityVerified: true,
    ...overrides,
  };
}
