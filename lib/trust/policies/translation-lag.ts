// Whether a translation lags behind the English text, and since which English version. English is the
// reference language; a translation is out of date once an English version was published after the
// translation's latest version. The public pages (language-choice.ts) and the staff console
// (staff-views.ts) use this one rule, so a reviewer's notice and the editor's badge always agree.

/** When a version of one language was published. */
export type VersionStamp = { version: number; publishedAt: Date };

/**
 * The first English version the translation has not caught up with: the lowest-numbered English
 * version published after the translation's latest version. null: the translation is current, or one
 * of the two languages has nothing published.
 */
export function outdatedSince(reference: VersionStamp[], translation: VersionStamp[]): number | null {
  if (reference.length === 0 || translation.length === 0) return null;
  const translated = Math.max(...translation.map((v) => v.publishedAt.getTime()));
  const newer = reference.filter((v) => v.publishedAt.getTime() > translated).map((v) => v.version);
  return newer.length > 0 ? Math.min(...newer) : null;
}
