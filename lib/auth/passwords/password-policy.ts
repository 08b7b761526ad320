import "server-only";
// What a new password must be (SECURITY.md S1, NIST SP 800-63B): 8 to 256 characters counted as
// Unicode code points (never truncated), no composition rules, not on the bundled list of common and
// breached passwords (@zxcvbn-ts/language-common, no network), and not the user's own email or name.
import { AppError } from "../../errors.ts";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-length.ts";
import { PASSWORD_MESSAGES, type PasswordWeakness } from "./messages.ts";

export type { PasswordWeakness };

export type PasswordContext = { email?: string | null; name?: string | null };

let commonPasswords: Promise<ReadonlySet<string>> | undefined;

/** The bundled list (about 49 000 entries, all lower-case), loaded on first use and kept. */
function loadCommonPasswords(): Promise<ReadonlySet<string>> {
  commonPasswords ??= import("@zxcvbn-ts/language-common").then(
    ({ dictionary }) => new Set(dictionary["passwords-common"].map((p) => p.toLowerCase())),
  );
  return commonPasswords;
}

const fold = (value: string) => value.normalize("NFKC").trim().toLowerCase();
const squash = (value: string) => fold(value).replace(/[\s._-]+/g, "");

/** Forms of the user's own identifiers that must not be their password. */
function personalWords({ email, name }: PasswordContext): string[] {
  const words: string[] = [];
  if (email) {
    words.push(fold(email));
    const local = fold(email).split("@")[0] ?? "";
    if (local.length >= 3) words.push(local, squash(local));
  }
  if (name && fold(name).length >= 3) words.push(fold(name), squash(name));
  return words;
}

/** Why the password is not acceptable, or null when it is. */
export async function passwordWeakness(
  password: string,
  context: PasswordContext = {},
): Promise<PasswordWeakness | null> {
  const length = [...password.normalize("NFKC")].length;
  if (length < PASSWORD_MIN_LENGTH) return "too_short";
  if (length > PASSWORD_MAX_LENGTH) return "too_long";
  const folded = fold(password);
  if (new Set(folded).size === 1) return "repeated";
  if (personalWords(context).some((word) => word === folded || word === squash(password))) return "personal";
  if ((await loadCommonPasswords()).has(folded)) return "common";
  return null;
}

/** Refuses (`invalid`, saying why) a password the policy does not accept. */
export async function assertAcceptablePassword(
  password: string,
  context: PasswordContext = {},
): Promise<void> {
  const weakness = await passwordWeakness(password, context);
  if (weakness) throw new AppError("invalid", PASSWORD_MESSAGES.weakness[weakness]);
}
