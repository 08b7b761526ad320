"use server";

import { directRequestInput } from "@/lib/dsr/direct/input";
import { submitDirectRequest } from "@/lib/dsr/direct/submit";
import { definePublicAction } from "@/lib/http/action";

export const submitDataRequestAction = definePublicAction({ input: directRequestInput }, (ctx, input) =>
  submitDirectRequest(ctx, input),
);
