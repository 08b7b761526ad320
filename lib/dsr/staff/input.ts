// What the console's request forms send (S13: strict, bounded). Reasons reach the controller by email and
// on its portal page: multi-line plain text (S25).
import { z } from "zod";
import { multiLineText } from "../../text/multi-line.ts";
import { calendarDayInput } from "../../time/date-input.ts";
import { EXTENSION_GROUNDS } from "../deadlines.ts";

const requestId = z.string().trim().min(1).max(64);
const checkbox = z
  .enum(["on", "true", ""])
  .default("")
  .transform((value) => value !== "");

export const extendInput = z.strictObject({
  id: requestId,
  newDueDate: calendarDayInput({ message: "Enter the new due date as YYYY-MM-DD." }),
  ground: z.enum(EXTENSION_GROUNDS, "Choose the ground for the extension."),
  reason: multiLineText({
    max: 2000,
    label: "the reason",
    required: "Give the reason for the extension; the controller receives it.",
  }),
  notProcessorDelay: checkbox,
});
export type ExtendInput = z.infer<typeof extendInput>;

export const declineInput = z.strictObject({
  id: requestId,
  reason: multiLineText({
    max: 2000,
    label: "the reason",
    required: "Give the reason for declining; the controller receives it.",
  }),
});
export type DeclineInput = z.infer<typeof declineInput>;

export const assignInput = z.strictObject({
  id: requestId,
  /** "" unassigns. */
  assigneeId: z.string().trim().max(64),
});
export type AssignInput = z.infer<typeof assignInput>;

export const commentInput = z.strictObject({
  id: requestId,
  body: multiLineText({ max: 4000, label: "the comment", required: "Write the comment." }),
});
export type CommentInput = z.infer<typeof commentInput>;
