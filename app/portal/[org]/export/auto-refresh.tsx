"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** While an export is being prepared, reads the page again every `everyMs` (its progress, then its link). */
export function AutoRefresh({ active, everyMs = 1500 }: { active: boolean; everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [active, everyMs, router]);
  return null;
}
