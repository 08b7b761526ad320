// Words of the NDA versions console (staff console: English).
import type { Locale } from "@/lib/i18n/locale";

export const NDA_CONSOLE_MESSAGES = {
  published: (locale: Locale, version: number, contentHash: string) =>
    `Published ${locale.toUpperCase()} version ${version} (SHA-256 ${contentHash.slice(0, 12)}…). New requests accept this version from now on.`,
};
