// Why publishing an NDA version was refused (staff console: English).
import type { Text } from "../../i18n/text.ts";

export const NDA_MESSAGES = {
  sameAsLatest: (version: number): Text => ({
    en: `This text is the same as version ${version}; nothing was published.`,
  }),
  publishedMeanwhile: { en: "Another version was published at the same moment; reload and try again." },
};
