// TOTP (RFC 6238) with otplib 13: 30-second steps, 6 digits, SHA-1 (what authenticator apps support).
// Pure functions of (secret, code, time): storage, encryption and replay protection live in
// totp-store.ts. A code is accepted at most one step early or late (S4).
import { generateSecret, generateURI, verify } from "otplib";
import type { Clock } from "../../time/clock.ts";

export const TOTP_PERIOD_SECONDS = 30;
/** How far the user's clock may be off: one step either way, never more (S4). */
export const TOTP_EPOCH_TOLERANCE_SECONDS = 30;
/** 20 random bytes (160 bits, RFC 4226's recommendation), base32-encoded to 32 characters. */
const SECRET_BYTES = 20;

/** A new random secret, base32 (what the authenticator app is given). */
export function newTotpSecret(): string {
  return generateSecret({ length: SECRET_BYTES });
}

/** The otpauth:// URI an authenticator app scans from the QR code. */
export function totpUri(input: { secret: string; issuer: string; accountName: string }): string {
  return generateURI({
    issuer: input.issuer,
    label: input.accountName,
    secret: input.secret,
    period: TOTP_PERIOD_SECONDS,
  });
}

/** The secret as users type it by hand: groups of four characters. */
export function formatManualKey(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(" ") ?? secret;
}

/** Six digits, with spaces or dashes the user may have typed removed; null when it cannot be a code. */
export function normalizeTotpCode(raw: string): string | null {
  const digits = raw.replace(/[\s-]/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

export function timeStepAt(clock: Clock): number {
  return Math.floor(clock.now().getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/**
 * The time step `code` belongs to if it is valid now (within one step of drift) and later than
 * `afterTimeStep` (the last step already accepted), else null.
 */
export async function matchTotpCode(
  secret: string,
  code: string,
  options: { clock: Clock; afterTimeStep?: number | null },
): Promise<number | null> {
  const token = normalizeTotpCode(code);
  if (!token) return null;
  const epoch = Math.floor(options.clock.now().getTime() / 1000);
  const latestStep = Math.floor((epoch + TOTP_EPOCH_TOLERANCE_SECONDS) / TOTP_PERIOD_SECONDS);
  const after = options.afterTimeStep ?? undefined;
  // Nothing can be later than the latest step in the window (otplib would throw rather than say no).
  if (after !== undefined && after >= latestStep) return null;
  const result = await verify({
    secret,
    token,
    epoch,
    epochTolerance: TOTP_EPOCH_TOLERANCE_SECONDS,
    period: TOTP_PERIOD_SECONDS,
    afterTimeStep: after,
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}
