// The RFC 9457 problem document as a zod schema, for the OpenAPI document (lib/api/problem.ts writes it).
import { z } from "zod";
import { PROBLEM_TYPE_BASE, PROBLEM_TYPES } from "../problem-types.ts";

const typeList = Object.entries(PROBLEM_TYPES)
  .map(([type, { status, title }]) => `- \`${PROBLEM_TYPE_BASE}${type}\` (${status}): ${title}`)
  .join("\n");

export const problemSchema = z
  .object({
    type: z.string().meta({ description: `What kind of problem this is, one of:\n${typeList}` }),
    title: z.string().meta({ description: "The same for every problem of this type." }),
    status: z.int().meta({ description: "The HTTP status code." }),
    detail: z.string().meta({ description: "What happened this time, for a person to read." }),
    instance: z.string().optional().meta({ description: "The request path." }),
    errors: z
      .array(
        z.object({
          detail: z.string(),
          pointer: z.string().meta({
            description: "JSON Pointer (RFC 6901) into the request body or query, as a URI fragment.",
          }),
        }),
      )
      .optional()
      .meta({ description: "For invalid-request: each refused field." }),
  })
  .meta({ id: "Problem", description: "An RFC 9457 problem document (application/problem+json)." });
