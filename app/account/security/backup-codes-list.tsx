"use client";

import { Alert, buttonClassName } from "@/app/_ui";
import { MFA_MESSAGES } from "@/lib/auth/mfa/messages";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { SECURITY_PAGE_MESSAGES as M } from "./messages";

/** A freshly issued set of backup codes: shown once, with a download built here in the browser. */
export function BackupCodesList({
  codes,
  accountLabel,
  locale,
}: {
  codes: string[];
  accountLabel: string;
  locale: Locale;
}) {
  const t = (text: Text) => localize(text, locale);
  const file = MFA_MESSAGES.backupCodesFile(codes, accountLabel, locale);
  const href = `data:text/plain;charset=utf-8,${encodeURIComponent(file)}`;
  return (
    <div className="space-y-4">
      <Alert tone="warning" title={t(M.saveCodesTitle)}>
        {t(M.saveCodes)}
      </Alert>
      <ul
        aria-label={t(M.backupCodes)}
        className="grid grid-cols-2 gap-x-6 gap-y-1 rounded-md border border-gray-200 bg-gray-50 px-4 py-3 font-mono text-sm"
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <a
        href={href}
        download={MFA_MESSAGES.backupCodesFileName}
        className={buttonClassName({ variant: "secondary" })}
      >
        {t(M.downloadCodes)}
      </a>
    </div>
  );
}
