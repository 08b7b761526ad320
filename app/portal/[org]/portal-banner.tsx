import Link from "next/link";
import type { ReactNode } from "react";
import { Alert } from "@/app/_ui";
import type { AlertTone } from "@/app/_ui/alert";

/**
 * A notice at the top of every portal page while something needs the organisation (a breach to acknowledge,
 * a DPA to accept, subprocessor notices to answer, a closure under way): what it is, and where to act.
 */
export function PortalBanner({
  testId,
  tone = "warning",
  title,
  link,
  children,
}: {
  testId: string;
  tone?: AlertTone;
  title: string;
  link?: { href: string; label: string };
  children: ReactNode;
}) {
  return (
    <div className="mb-6 break-words" data-testid={testId}>
      <Alert tone={tone} title={title}>
        {children}
        {link && (
          <p className="mt-2">
            <Link className="font-medium underline" href={link.href}>
              {link.label}
            </Link>
          </p>
        )}
      </Alert>
    </div>
  );
}
