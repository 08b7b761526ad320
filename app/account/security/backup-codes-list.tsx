"use client";

import { Alert, buttonClassName } from "@/app/_ui";
import { MFA_MESSAGES } from "@/lib/auth/mfa/messages";

/** A freshly issued set of backup codes: shown once, with a download built here in the browser. */
export function BackupCodesList({ codes, accountLabel }: { codes: string[]; accountLabel: string }) {
  const href = `data:text/plain;charset=utf-8,${encodeURIComponent(MFA_MESSAGES.backupCodesFile(codes, accountLabel))}`;
  return (
    <div className="space-y-4">
      <Alert tone="warning" title="Save your backup codes now">
        If you lose your phone, each of these codes lets you sign in once. This is the only time they are
        shown: download them or write them down and keep them somewhere safe.
      </Alert>
      <ul
        aria-label="Backup codes"
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
        Download backup codes (.txt)
      </a>
    </div>
  );
}
