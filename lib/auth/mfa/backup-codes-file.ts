// The downloadable backup-codes file (built in the browser from the codes just shown; never stored).

export const BACKUP_CODES_FILE_NAME = "article28-backup-codes.txt";

export function backupCodesFileText(codes: readonly string[], accountLabel: string): string {
  return [
    `Backup codes for ${accountLabel}`,
    "",
    "Each code works once. Use one when you cannot use your authenticator app.",
    "Keep this file somewhere safe and private.",
    "",
    ...codes,
    "",
  ].join("\n");
}
