import { Card } from "@/app/_ui";
import { formatCalendarDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { PUBLISHED_KEYS_PATH } from "@/lib/signing/published-keys";
import { publicKeyList } from "@/lib/signing/public-key-list";
import { DOCUMENT_WORDS } from "../messages";

/**
 * On the security page: certificates are signed, and the keys that verify them (ADR 0020). Read from the
 * environment when the page is first rendered on the server (never at build time: ADR 0008), no database.
 */
export function CertificateKeys({ locale }: { locale: Locale }) {
  const words = DOCUMENT_WORDS[locale].certificateKeys;
  const { keys } = publicKeyList();
  return (
    <Card title={words.title}>
      <div className="space-y-3 text-sm text-gray-700">
        <p>{words.intro}</p>
        <p>
          {/* A plain link: a JSON file, not a page. */}
          <a
            href={PUBLISHED_KEYS_PATH}
            className="font-medium break-all text-[var(--brand)] underline underline-offset-2"
          >
            {words.keysLink}
          </a>{" "}
          <code className="break-all text-xs text-gray-600">{PUBLISHED_KEYS_PATH}</code>
        </p>
        <ul className="list-disc space-y-1 pl-5">
          {keys.map((key) => (
            <li key={key.keyId}>
              {words.key(
                key.keyId,
                key.status === "active",
                key.since ? formatCalendarDate(locale, new Date(`${key.since}T00:00:00Z`)) : null,
              )}
            </li>
          ))}
        </ul>
        <p className="break-words">{words.howTo}</p>
      </div>
    </Card>
  );
}
