// Text a person wrote (a name, a company, a title) shown among the product's own words (SECURITY.md
// S25): inside <bdi> its direction cannot reorder the words and times around it, and direction controls
// that a row stored before names refused them may still hold (U+202E...) are removed.
import { withoutBidiControls } from "@/lib/text/bidi";

export function UserText({
  children,
  className,
}: {
  children: string | null | undefined;
  className?: string;
}) {
  if (children == null) return null;
  return <bdi className={className}>{withoutBidiControls(children)}</bdi>;
}
