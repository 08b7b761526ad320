"use server";

import { revalidatePath } from "next/cache";
import {
  approveDomainClaim,
  approveDomainClaimInput,
  refuseDomainClaim,
  refuseDomainClaimInput,
} from "@/lib/auth/sso/domain-review";
import { defineAction } from "@/lib/http/action";
import { SSO_DOMAINS_CONSOLE_MESSAGES as WORDS } from "./messages";

const permission = "sso.domains.review";

export const approveDomainClaimAction = defineAction(
  { input: approveDomainClaimInput, permission },
  async (ctx, input) => {
    const decision = await approveDomainClaim(ctx, input);
    revalidatePath("/admin/sso-domains");
    return WORDS.approved(decision);
  },
);

export const refuseDomainClaimAction = defineAction(
  { input: refuseDomainClaimInput, permission },
  async (ctx, input) => {
    const decision = await refuseDomainClaim(ctx, input);
    revalidatePath("/admin/sso-domains");
    return WORDS.refused(decision);
  },
);
