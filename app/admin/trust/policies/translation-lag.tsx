import Link from "next/link";
import { Alert, Badge } from "@/app/_ui";
import { localizedPath } from "@/lib/i18n/locale";
import { documentPaths } from "@/lib/trust/policies/public-paths";
import { POLICY_CONSOLE_MESSAGES } from "./messages";

/** "Translation out of date since version N" (N: the first English version the translation lacks). */
export function TranslationLagBadge({ since }: { since: number | null }) {
  if (since === null) return null;
  return <Badge tone="warning">{POLICY_CONSOLE_MESSAGES.outdatedSince(since)}</Badge>;
}

/** In the editor of a lagging translation: which English versions it lacks, and where to read their changes. */
export function TranslationLagNotice({
  slug,
  since,
  latestEnglish,
}: {
  slug: string;
  since: number | null;
  latestEnglish: number | null;
}) {
  if (since === null || latestEnglish === null) return null;
  const words = POLICY_CONSOLE_MESSAGES;
  const link = "font-medium underline underline-offset-2";
  return (
    <Alert tone="warning" title={words.outdatedSince(since)}>
      <p>{words.outdatedExplained(since, latestEnglish)}</p>
      <p className="mt-1">
        {since > 1 ? (
          <a href={localizedPath("en", documentPaths.diff(slug, since - 1, latestEnglish))} className={link}>
            {words.englishChanges(since - 1, latestEnglish)}
          </a>
        ) : (
          <Link href={`/admin/trust/policies/${slug}/en`} className={link}>
            {words.englishText}
          </Link>
        )}
      </p>
    </Alert>
  );
}
