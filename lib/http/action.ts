import "server-only";
// The one wrapper every server action goes through (STYLE.md 1, 2, 12, 19): same-origin check (S14), the
// caller's context with the permission the action names (S11), a strict zod parse (S13), then the handler,
// which calls the domain with the context. Errors come back in three tiers: field errors, the domain's
// text, or a generic message with a logged reference (lib/http/error-outcome.ts).
import { refresh } from "next/cache";
import { z } from "zod";
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import { isStaffAction, type CustomerAction, type StaffAction } from "../auth/authorization/permissions.ts";
import type { Context, SignedInContext } from "../context/context.ts";
import type { Locale } from "../i18n/locale.ts";
import { zodParseOptions, type LocalizedSchema } from "../i18n/localized-schema.ts";
import { localize } from "../i18n/text.ts";
import { AppError } from "../errors.ts";
import { errorOutcome } from "./error-outcome.ts";
import { HTTP_MESSAGES } from "./messages.ts";
import { assertSameOrigin, mfaContext, requestContext, signedInContext } from "./next-context.ts";

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/**
 * Who may call an action. A staff permission is checked here; a customer permission is checked by the
 * domain against the organisation of the record the action touches (a foreign record answers 404).
 * "signed-in": any signed-in user acting on their own account. The MFA steps run for a session that
 * still owes its second factor ("mfa-challenge"), or owes or manages its enrolment ("mfa-enrolment").
 */
export type ActionCaller = StaffAction | CustomerAction | "signed-in" | "mfa-challenge" | "mfa-enrolment";

type FormAction<Result> = (previous: unknown, formData: FormData) => Promise<ActionResult<Result>>;

/** The form's fields; anything other than a form (a hand-made call with other arguments) is refused. */
export function formDataToObject(formData: unknown): Record<string, unknown> {
  if (!(formData instanceof FormData)) throw new AppError("invalid");
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue; // Next.js's own fields
    out[key] = value;
  }
  return out;
}

async function callerContext(caller: ActionCaller): Promise<SignedInContext> {
  if (caller === "mfa-challenge") return mfaContext("challenge");
  if (caller === "mfa-enrolment") return mfaContext("enrolment");
  const ctx = await signedInContext();
  if (isStaffAction(caller)) await authorizeStaff(ctx, caller);
  return ctx;
}

/**
 * What an action parses its form with: a schema, or a schema in the reader's language
 * (lib/i18n/localized-schema.ts), so field errors are worded in the language the page speaks.
 */
export type ActionInput<Schema extends z.ZodType> = Schema | LocalizedSchema<Schema>;

function schemaIn<Schema extends z.ZodType>(input: ActionInput<Schema>, locale: Locale): Schema {
  return typeof input === "function" ? input(locale) : input;
}

function run<C extends Context, Schema extends z.ZodType, Result>(
  context: () => Promise<C>,
  input: ActionInput<Schema>,
  handler: (ctx: C, input: z.infer<Schema>) => Promise<Result>,
): FormAction<Result> {
  return async (_previous, formData) => {
    let ctx: C | undefined;
    try {
      await assertSameOrigin();
      ctx = await context();
      const parsed = schemaIn(input, ctx.locale).safeParse(
        formDataToObject(formData),
        zodParseOptions(ctx.locale),
      );
      if (!parsed.success) {
        return {
          ok: false,
          message: localize(HTTP_MESSAGES.correctFields, ctx.locale),
          fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
        };
      }
      return { ok: true, data: await handler(ctx, parsed.data) };
    } catch (error) {
      const outcome = errorOutcome(error, ctx?.locale ?? "en", "action");
      // A change that needs a fresh re-authentication refreshes the page, which then asks for it.
      if (outcome.reauthenticate) refresh();
      return { ok: false, message: outcome.message };
    }
  };
}

/** An action of a signed-in caller with the permission it names. */
export function defineAction<Schema extends z.ZodType, Result>(
  options: { input: ActionInput<Schema>; permission: ActionCaller },
  handler: (ctx: SignedInContext, input: z.infer<Schema>) => Promise<Result>,
): FormAction<Result> {
  return run(() => callerContext(options.permission), options.input, handler);
}

/**
 * The few actions that run for anyone (public forms, email-link and reset requests, following an emailed
 * link, accepting an invitation as a new user, starting Microsoft sign-in): `ctx.actor` may be null.
 */
export function definePublicAction<Schema extends z.ZodType, Result>(
  options: { input: ActionInput<Schema> },
  handler: (ctx: Context, input: z.infer<Schema>) => Promise<Result>,
): FormAction<Result> {
  return run(requestContext, options.input, handler);
}
