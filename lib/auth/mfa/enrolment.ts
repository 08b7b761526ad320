import "server-only";
// Turning TOTP on (S4, S6, S10): a new secret is kept pending (sealed) until the user proves their app
// produces valid codes; only then is it the account's secret, with ten fresh backup codes shown once.
// Every other session of the user ends and the current one gets a new id (S9).
import QRCode from "qrcode";
import type { SignedInContext } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { requestEmailDelivery } from "../../jobs/email-jobs.ts";
import { requireRecentReauth } from "../sessions/reauth.ts";
import { notifySecurityChange } from "../security-notice.ts";
import { revokeUserSessions, rotateSession } from "../sessions/session-store.ts";
import { replaceBackupCodes } from "./backup-codes.ts";
import { MFA_MESSAGES } from "./messages.ts";
import { recordMfaEvent } from "./mfa-audit.ts";
import { formatManualKey, matchTotpCode, newTotpSecret, totpUri } from "./totp.ts";
import { openTotpSecret, sealTotpSecret } from "./totp-store.ts";
import { PROVIDER_SETTINGS_ID } from "../../provider/settings-id.ts";

const DEFAULT_ISSUER = "Article28";

export type EnrolmentStart = {
  /** The otpauth URI as an SVG QR code (data: URL). */
  qrCodeDataUrl: string;
  /** The secret for typing in by hand, in groups of four. */
  manualKey: string;
};

/** The name authenticator apps show next to the account: the provider's display name. */
async function issuerName(): Promise<string> {
  const settings = await db.providerSettings.findUnique({
    where: { id: PROVIDER_SETTINGS_ID },
    select: { displayName: true },
  });
  return settings?.displayName.trim() || DEFAULT_ISSUER;
}

/**
 * Creates a new pending secret for the caller (replacing an unconfirmed one) and returns what they scan.
 * The caller is signed in, or a session that owes enrolment ("mfa-enrolment").
 */
export async function startTotpEnrolment(ctx: SignedInContext): Promise<EnrolmentStart> {
  const { actor, clock } = ctx;
  requireRecentReauth(actor, clock);
  const secret = newTotpSecret();
  const sealed = sealTotpSecret(actor.userId, secret);
  const updated = await db.credential.updateMany({
    where: { userId: actor.userId, totpEnabledAt: null },
    data: { totpPendingSecretEnc: sealed },
  });
  if (updated.count === 0) {
    // Either TOTP is on already, or the user has no credential row yet (signed up through SSO).
    if (await db.credential.findUnique({ where: { userId: actor.userId }, select: { id: true } }))
      throw new AppError("conflict", MFA_MESSAGES.alreadyOn);
    await db.credential.create({ data: { userId: actor.userId, totpPendingSecretEnc: sealed } });
  }
  const uri = totpUri({ secret, issuer: await issuerName(), accountName: actor.email });
  const svg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  await recordMfaEvent(ctx, "mfa.enrolment.started", { sessionId: actor.sessionId });
  return {
    qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
    manualKey: formatManualKey(secret),
  };
}

export type EnrolmentDone = { backupCodes: string[]; sessionId: string };

/**
 * Enables TOTP once `code` is valid for the pending secret (S6). The code's time step is recorded, so
 * it cannot be used again at the next sign-in (S4). Returns the backup codes (to show once) and the
 * id of the rotated session (for the cookie).
 */
export async function confirmTotpEnrolment(ctx: SignedInContext, code: string): Promise<EnrolmentDone> {
  const { actor, clock } = ctx;
  const credential = await db.credential.findUnique({
    where: { userId: actor.userId },
    select: { totpEnabledAt: true, totpPendingSecretEnc: true },
  });
  if (credential?.totpEnabledAt) throw new AppError("conflict", MFA_MESSAGES.alreadyOn);
  const pending = credential?.totpPendingSecretEnc;
  if (!pending) throw new AppError("conflict", MFA_MESSAGES.nothingPending);
  const step = await matchTotpCode(openTotpSecret(actor.userId, pending), code, { clock });
  if (step === null) throw new AppError("invalid", MFA_MESSAGES.enrolmentCodeWrong);

  const now = clock.now();
  const backupCodes = await db.$transaction(async (tx) => {
    // Compare-and-set on the pending secret: of two confirmations racing, one enables.
    const enabled = await tx.$executeRaw`
      UPDATE "Credential"
      SET "totpSecretEnc" = ${pending}, "totpPendingSecretEnc" = NULL, "totpEnabledAt" = ${now}, "totpLastTimeStep" = ${step}, "updatedAt" = ${now}
      WHERE "userId" = ${actor.userId} AND "totpEnabledAt" IS NULL AND "totpPendingSecretEnc" = ${pending}`;
    if (enabled !== 1) throw new AppError("conflict", MFA_MESSAGES.enrolmentRaced);
    const codes = await replaceBackupCodes(tx, actor.userId, clock);
    await notifySecurityChange(
      tx,
      ctx,
      { id: actor.userId, email: actor.email, name: actor.name },
      "mfa.enabled",
    );
    return codes;
  });
  await requestEmailDelivery();

  const revoked = await revokeUserSessions(actor.userId, "mfa_enabled", { except: actor.sessionId, clock });
  const rotated = await rotateSession(actor.sessionId, { mfaVerified: true }, clock);
  if (!rotated) throw new AppError("unauthenticated");
  await recordMfaEvent(ctx, "mfa.enabled", {
    sessionId: rotated.id,
    metadata: { otherSessionsRevoked: revoked },
  });
  return { backupCodes, sessionId: rotated.id };
}
