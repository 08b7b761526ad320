import type { Metadata } from "next";
import { env } from "@/lib/config/env";
import type { Locale } from "@/lib/i18n/locale";
import { feedUrl } from "@/lib/trust/feed/atom";
import { UPDATES_MESSAGES } from "./messages";

/** `<link rel="alternate" type="application/atom+xml">` for pages that announce the feed. */
export function feedAlternates(locale: Locale): Metadata["alternates"] {
  return {
    types: {
      "application/atom+xml": [
        { url: feedUrl(env().APP_URL, locale), title: UPDATES_MESSAGES[locale].feedTitle },
      ],
    },
  };
}
