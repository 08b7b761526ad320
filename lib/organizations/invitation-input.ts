// What the invitation forms send (S13: strict objects, every string bounded): inviting an address with a
// role, revoking an invitation, and choosing a name and password when accepting without an account.
import { z } from "zod";
import { TOKEN_SHAPE } from "../crypto/token-shape.ts";
import { singleLineText } from "../text/single-line.ts";
import { CUSTOMER_ROLES } from "./customer-roles.ts";

const email = z
  .string()
  .trim()
  .toLowerCase()
  .email("Enter an email address, like name@example.com.")
  .max(320);

export const inviteInput = z.strictObject({
  organization: z.string().trim().min(1).max(80),
  email,
  role: z.enum(CUSTOMER_ROLES, "Choose a role."),
});

export const revokeInvitationInput = z.strictObject({ invitationId: z.string().trim().min(1).max(64) });

/** The token in an invitation link; checked for shape before any lookup. */
export const invitationToken = z.string().regex(TOKEN_SHAPE, "This invitation link is not valid.");

export const acceptAsNewUserInput = z.strictObject({
  token: invitationToken,
  /** One line of plain text, like every name (S25). */
  name: singleLineText({
    max: 120,
    label: "your name",
    required: "Enter your name.",
    tooLong: "Use at most 120 characters.",
  }),
  password: z.string().min(1, "Choose a password.").max(4096),
});
