// Form schemas whose refusals the reader understands (issue 11 item 7). A schema whose field messages
// are sentences of a catalogue is built per language from them (once per language, then reused); the
// messages zod writes itself (a wrong option, a value too long) come in the reader's language through
// zod's own locale. The action wrapper (lib/http/action.ts) picks both by the caller's language.
import type { z } from "zod";
import { de as zodGerman, en as zodEnglish } from "zod/locales";
import type { Locale } from "./locale.ts";
import { localize, type Text } from "./text.ts";

/** A schema in the reader's language. */
export type LocalizedSchema<S extends z.ZodType> = (locale: Locale) => S;

/** What a localized schema parses to (as `z.output` of the schema it builds). */
export type LocalizedOutput<F extends LocalizedSchema<z.ZodType>> = z.output<ReturnType<F>>;

/** `build` gets `t`, which words a catalogue's text in the language the schema is built for. */
export function localizedSchema<S extends z.ZodType>(
  build: (t: (text: Text) => string, locale: Locale) => S,
): LocalizedSchema<S> {
  const built = new Map<Locale, S>();
  return (locale) => {
    let schema = built.get(locale);
    if (!schema) {
      schema = build((text) => localize(text, locale), locale);
      built.set(locale, schema);
    }
    return schema;
  };
}

const ZOD_LOCALES: Record<Locale, ReturnType<typeof zodEnglish>> = { en: zodEnglish(), de: zodGerman() };

/** Parse options that word zod's own messages in `locale` (a schema's own messages win over them). */
export function zodParseOptions(locale: Locale): z.core.ParseContext<z.core.$ZodIssue> {
  return { error: ZOD_LOCALES[locale].localeError };
}
