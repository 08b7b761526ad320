// What the staff management forms send (S13: strict objects, every string bounded).
import { z } from "zod";
import { STAFF_ROLES } from "../../auth/authorization/staff-rank.ts";

export const inviteStaffInput = z.strictObject({
  email: z.string().trim().toLowerCase().email("Enter an email address, like name@example.com.").max(320),
  role: z.enum(STAFF_ROLES, "Choose a role."),
});

export const changeStaffRoleInput = z.strictObject({
  userId: z.string().trim().min(1).max(64),
  role: z.enum(STAFF_ROLES, "Choose a role."),
});

export const resetMfaInput = z.strictObject({ userId: z.string().trim().min(1).max(64) });
