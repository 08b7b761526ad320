// Words of the security settings page's actions (customer portal: English today).
export const SETTINGS_MESSAGES = {
  securityPolicySaved: (changed: boolean) => (changed ? "Security settings saved." : "Nothing changed."),
  breachContactsSaved: ({ changed, contacts }: { changed: boolean; contacts: readonly string[] }) =>
    !changed
      ? "Nothing changed."
      : contacts.length
        ? `Breach notifications also go to ${contacts.join(", ")}.`
        : "Breach notifications go to owners, admins and privacy officers only.",
};
