// What sign-in sessions and re-authentication say to the user (sign-in and account pages: English).
import type { Text } from "../../i18n/text.ts";

export const SESSION_MESSAGES = {
  reauthRequired: { en: "For your security, confirm your password or a code first." },
  reauthMissing: { en: "Enter your password or a code from your authenticator app." },
  reauthWrong: { en: "That password or code is not correct." },
  throttled: (minutes: number): Text => ({ en: `Too many attempts. Try again in ${minutes} minutes.` }),
  /** "Chrome on Linux", from what the user agent names (see describeUserAgent). */
  device: (browser: string | null, system: string | null): Text => {
    if (!browser) return { en: "Unknown device" };
    return { en: system ? `${browser} on ${system}` : browser };
  },
} as const;
