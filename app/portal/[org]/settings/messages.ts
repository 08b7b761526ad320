// Words of the security settings page's actions (customer portal: English today).
export const SETTINGS_MESSAGES = {
  /** Shown to admins above the access restrictions they cannot change (S23). */
  ownersDecideAccess:
    "An owner decides these: the allowed networks and Microsoft-only sign-in can shut members out, owners included. You see them here, but only an owner can change them.",
  securityPolicySaved: (changed: boolean) => (changed ? "Security settings saved." : "Nothing changed."),
  breachContactsSaved: ({ changed, contacts }: { changed: boolean; contacts: readonly string[] }) =>
    !changed
      ? "Nothing changed."
      : contacts.length
        ? `Breach notifications also go to ${contacts.join(", ")}.`
        : "Breach notifications go to owners, admins and privacy officers only.",
};
