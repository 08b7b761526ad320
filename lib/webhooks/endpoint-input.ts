// What the API page's webhook forms send (S13: strict objects; the organisation comes from the slug).
// Each event type is a checkbox of its own name ("event:dsr.status_changed"), ticked = "on".
import { z } from "zod";
import { isPlainHttpsUrl } from "../text/https-url.ts";
import { SUBSCRIBABLE_EVENT_TYPES, type WebhookEventType } from "./event-types.ts";
import { WEBHOOK_MESSAGES } from "./messages.ts";

const slug = z.string().trim().min(1).max(80);
const endpointId = z.string().trim().min(1).max(64);

export const eventField = (type: string) => `event:${type}`;

const eventBoxes = Object.fromEntries(
  SUBSCRIBABLE_EVENT_TYPES.map((type) => [eventField(type), z.literal("on").optional()]),
) as Record<string, z.ZodOptional<z.ZodLiteral<"on">>>;

export const createEndpointInput = z
  .strictObject({
    slug,
    url: z
      .string()
      .trim()
      .min(1, WEBHOOK_MESSAGES.urlRequired)
      .max(2000)
      // Shape only; the destination guard (./outbound-address.ts) decides on http for local receivers.
      .refine(
        (v) => isPlainHttpsUrl(v) || isPlainHttpsUrl(v.replace(/^http:/i, "https:")),
        WEBHOOK_MESSAGES.urlShape,
      ),
    ...eventBoxes,
  })
  .transform((input) => ({
    slug: input.slug,
    url: input.url,
    eventTypes: SUBSCRIBABLE_EVENT_TYPES.filter(
      (type) => (input as Record<string, unknown>)[eventField(type)] === "on",
    ) as WebhookEventType[],
  }))
  .refine((input) => input.eventTypes.length > 0, {
    path: ["eventTypes"],
    message: WEBHOOK_MESSAGES.eventRequired,
  });

export type CreateEndpointInput = z.output<typeof createEndpointInput>;

export const endpointActionInput = z.strictObject({ slug, endpointId });
