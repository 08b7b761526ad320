// Words of the portal's breach notification pages (customer portal: English today).
export const BREACH_NOTIFICATION_MESSAGES = {
  acknowledged: "Acknowledged. The processor can see who acknowledged and when.",
  authorityRecorded: "Your supervisory authority record was saved.",
};
