"use server";

import { definePublicAction } from "@/lib/http/action";
import { accessRequestInput } from "@/lib/trust/access-requests/request-input";
import { submitAccessRequest } from "@/lib/trust/access-requests/submit-request";

export const requestAccessAction = definePublicAction({ input: accessRequestInput }, (ctx, input) =>
  submitAccessRequest(ctx, input),
);
