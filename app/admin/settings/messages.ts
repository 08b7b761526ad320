// Words of the provider settings page (staff console: English).
export const SETTINGS_MESSAGES = {
  saved: (changed: boolean) =>
    changed ? "Provider settings saved. The public trust center shows them now." : "Nothing changed.",
};
