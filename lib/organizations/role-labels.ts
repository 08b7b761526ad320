import type { CustomerRole } from "../generated/prisma/enums.ts";

export const CUSTOMER_ROLE_LABELS: Record<CustomerRole, string> = {
  OWNER: "Owner",
  ADMIN: "Admin",
  PRIVACY_OFFICER: "Privacy officer",
  MEMBER: "Member",
  AUDITOR: "Auditor",
};
