import Link from "next/link";
import type { ReactNode } from "react";
import { ReaderTimeZoneName } from "@/app/_ui";

/** Staff console: the zone a page's times are shown (and its forms' times read) in, and where to change it. */
export function TimesInNote({ children }: { children?: ReactNode }) {
  return (
    <p className="text-sm text-gray-700" data-testid="times-in">
      Times in <ReaderTimeZoneName /> (
      <Link className="text-brand-700 underline" href="/account">
        your time zone
      </Link>
      ).{children && <> {children}</>}
    </p>
  );
}
