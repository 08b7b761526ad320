import "server-only";
// What a new password must be (SECURITY.md S1, NIST SP 800-63B): 8 to 256 characters counted as
// Unicode code points (never truncated), no composition rules, not on the bundled list of common and
// breached passwords (@zxcvbn-ts/language-common, no network), and not the user's own email or name.
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-hash.ts";

export const PASSWORD_POLICY_HINT = `At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong password; common passwords are refused.`;

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
export async function passwordProblem(
  password: string,
  context: PasswordContext = {},
): Promise<string | null> {
  const length = [...password.normalize("NFKC")].length;
  if (length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  const folded = fold(password);
  if (new Set(folded).size === 1)
    return "Do not repeat a single character; choose a password that is harder to guess.";
  if (personalWords(context).some((word) => word === folded || word === squash(password))) {
    return "Do not use your email address or name as your password.";
  }
  if ((await loadCommonPasswords()).has(folded)) {
    return "This password is too common: it appears in lists of leaked passwords. Please choose another.";
  }
  return null;
}
