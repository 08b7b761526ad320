// Words of the policy documents console (staff console: English).
import type { TrustDocumentKind } from "@/lib/generated/prisma/enums";
import { shortHash } from "@/lib/trust/policies/content-hash";
import type { VersionPublisher } from "@/lib/trust/policies/staff-views";

export const POLICY_CONSOLE_MESSAGES = {
  draftSaved: "Draft saved. It is not public until you publish it.",
  published: (version: number, contentHash: string) =>
    `Published version ${version} (SHA-256 ${shortHash(contentHash)}…).`,
  publishedBy: (publisher: VersionPublisher) =>
    publisher.by === "staff"
      ? `${publisher.name} (${publisher.email})`
      : publisher.by === "former-staff"
        ? "a former staff member"
        : "system (seed)",
  /** A translation that lags behind the English text (lib/trust/policies/translation-lag.ts). */
  outdatedSince: (version: number) => `Translation out of date since version ${version}`,
  outdatedExplained: (version: number, latest: number) =>
    version === latest
      ? `English version ${version} was published after this translation. Bring the changes over, then publish a new version of this translation.`
      : `English versions ${version} to ${latest} were published after this translation. Bring the changes over, then publish a new version of this translation.`,
  englishChanges: (from: number, to: number) => `English changes from version ${from} to ${to}`,
  englishText: "Read the English text",
  /** What staff see for each kind of document. */
  kinds: {
    SECURITY_OVERVIEW: "Security overview",
    TOMS: "Technical and organisational measures",
    FAQ: "FAQ",
    AI: "AI and data use",
    DPA: "Data processing agreement",
    CUSTOM: "Custom page",
  } satisfies Record<TrustDocumentKind, string>,
};
