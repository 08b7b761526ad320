// Words of the manual-task form (staff console: English).
export const MANUAL_TASK_MESSAGES = {
  completed: (status: string) =>
    `Task completed (${status.toLowerCase().replace("_", " ")}). The request's status follows its tasks.`,
};
