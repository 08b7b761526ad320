import type { CustomerRole, StaffRole } from "../generated/prisma/enums.ts";

export const CUSTOMER_ROLE_LABELS: Record<CustomerRole, string> = {
  OWNER: "Owner",
  ADMIN: "Admin",
  PRIVACY_OFFICER: "Privacy officer",
  MEMBER: "Member",
  AUDITOR: "Auditor",
};

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  ADMIN: "Administrator",
  SECURITY: "Security",
  PRIVACY: "Privacy",
  CONTENT: "Content",
  SUPPORT: "Support",
};
