"use server";

import { definePublicAction } from "@/lib/actions/define-action";
import { currentRequest } from "@/lib/auth/sessions/actor";
import { accessRequestInput } from "@/lib/trust/access-requests/request-input";
import { submitAccessRequest } from "@/lib/trust/access-requests/submit-request";

export const requestAccessAction = definePublicAction(accessRequestInput, async (input) =>
  submitAccessRequest(input, await currentRequest()),
);
