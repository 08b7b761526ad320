import Link from "next/link";
import { Alert } from "@/app/_ui";
import { localizedPath, type Locale } from "@/lib/i18n/locale";
import type { LanguageChoice } from "@/lib/trust/policies/language-choice";
import { DOCUMENT_WORDS } from "../messages";

/** Says when the text is not in the page's language, or since which English version its translation lags. */
export function LanguageNotice({
  locale,
  choice,
  englishPath,
}: {
  locale: Locale;
  choice: LanguageChoice;
  englishPath: string;
}) {
  const words = DOCUMENT_WORDS[locale];
  if (choice.notice === "missing-translation") {
    return (
      <Alert tone="info" title={words.missingTranslationTitle}>
        {words.missingTranslation(words.languageName[choice.shown])}
      </Alert>
    );
  }
  if (choice.notice === "outdated-translation") {
    return (
      <Alert tone="warning" title={words.outdatedTranslationTitle(choice.since)}>
        {words.outdatedTranslation(choice.since)}{" "}
        <Link
          href={localizedPath("en", englishPath)}
          prefetch={false}
          hrefLang="en"
          className="font-medium underline"
        >
          {words.readEnglish}
        </Link>
      </Alert>
    );
  }
  return null;
}
