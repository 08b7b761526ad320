// What the invitation forms send (S13: strict objects, every string bounded): inviting an address with a
// role, revoking an invitation, and choosing a name and password when accepting without an account.
import { z } from "zod";
import { TOKEN_SHAPE } from "../crypto/token-shape.ts";
import { localizedSchema, type LocalizedOutput } from "../i18n/localized-schema.ts";
import { singleLineText } from "../text/single-line.ts";
import { CUSTOMER_ROLES } from "./customer-roles.ts";
import { ORGANIZATION_MESSAGES as M } from "./messages.ts";

export const inviteInput = localizedSchema((t) =>
  z.strictObject({
    organization: z.string().trim().min(1).max(80),
    email: z.string().trim().toLowerCase().email(t(M.enterEmail)).max(320),
    role: z.enum(CUSTOMER_ROLES, t(M.chooseRole)),
  }),
);
export type InviteInput = LocalizedOutput<typeof inviteInput>;

export const revokeInvitationInput = z.strictObject({ invitationId: z.string().trim().min(1).max(64) });

/** The token in an invitation link; checked for shape before any lookup. */
export const invitationToken = z.string().regex(TOKEN_SHAPE, "This invitation link is not valid.");

export const acceptAsNewUserInput = localizedSchema((t, locale) =>
  z.strictObject({
    token: invitationToken,
    /** One line of plain text, like every name (S25). */
    name: singleLineText({
      max: 120,
      label: "your name",
      required: t(M.enterName),
      tooLong: t(M.nameTooLong),
      locale,
    }),
    password: z.string().min(1, t(M.choosePassword)).max(4096),
  }),
);
export type AcceptAsNewUserInput = LocalizedOutput<typeof acceptAsNewUserInput>;
