import { Button } from "@/app/_ui";
import { signOutFormAction } from "./sign-out-action";

export function SignOutButton() {
  return (
    <form action={signOutFormAction}>
      <Button type="submit" variant="ghost" size="sm">
        Sign out
      </Button>
    </form>
  );
}
