// File sizes as people read them: "840 KB", "2.4 MB" (English) / "2,4 MB" (German).
import type { Locale } from "../../i18n/locale.ts";

export function formatFileSize(bytes: number, locale: Locale = "en"): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(locale === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: digits }).format(
      value,
    );
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${number(Math.round(bytes / 1024), 0)} KB`;
  return `${number(bytes / 1024 / 1024, 1)} MB`;
}
