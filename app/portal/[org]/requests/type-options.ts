// The request types as a form offers them, in the reader's language.
import { DSR_TYPE_LABELS } from "@/lib/dsr/messages";
import { DSR_TYPES } from "@/lib/dsr/request-input";
import type { Locale } from "@/lib/i18n/locale";
import { localize } from "@/lib/i18n/text";

export function typeOptions(locale: Locale): { value: string; label: string }[] {
  return DSR_TYPES.map((type) => ({ value: type, label: localize(DSR_TYPE_LABELS[type], locale) }));
}
