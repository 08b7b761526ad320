"use server";

import { definePublicAction } from "@/lib/actions/define-action";
import { currentRequest } from "@/lib/auth/actor";
import { accessRequestInput } from "@/lib/trust/access/request-input";
import { submitAccessRequest } from "@/lib/trust/access/submit-request";

export const requestAccessAction = definePublicAction(accessRequestInput, async (input) => submitAccessRequest(input, await currentRequest()));
