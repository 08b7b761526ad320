// Field-level before/after of a provider settings change, for the audit log. Nothing here is secret.
export type SettingValue = string | number | boolean;
export type SettingChanges<K extends string> = Partial<Record<K, { from: SettingValue; to: SettingValue }>>;

export function settingsChanges<K extends string>(
  before: Record<K, SettingValue>,
  after: Record<K, SettingValue>,
): SettingChanges<K> {
  const changes: SettingChanges<K> = {};
  for (const key of Object.keys(after) as K[]) {
    const from: SettingValue = before[key];
    const to: SettingValue = after[key];
    if (from !== to) changes[key] = { from, to };
  }
  return changes;
}
