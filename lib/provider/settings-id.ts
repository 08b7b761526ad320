/** The one ProviderSettings row (the schema's default id): one deployment serves one provider. */
export const PROVIDER_SETTINGS_ID = "provider";
