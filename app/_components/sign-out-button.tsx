import { Button } from "@/app/_ui";
import type { Locale } from "@/lib/i18n/locale";
import { localize } from "@/lib/i18n/text";
import { SHELL_MESSAGES } from "./messages";
import { signOutFormAction } from "./sign-out-action";

export function SignOutButton({ locale = "en" }: { locale?: Locale }) {
  return (
    <form action={signOutFormAction}>
      <Button type="submit" variant="ghost" size="sm">
        {localize(SHELL_MESSAGES.signOut, locale)}
      </Button>
    </form>
  );
}
