// Where a MANUAL task's completion form goes. The form itself (completing with evidence) belongs to the
// connector part (app/admin/requests/[id]/manual-task-form.tsx, dsr-connectors); until it is merged this
// slot only shows the task's state — it never completes anything.
import type { DsrTaskView } from "@/lib/dsr/detail";
import { DSR_TASK_STATUS_LABELS } from "@/lib/dsr/messages";

export function ManualTaskSlot({ task }: { task: DsrTaskView }) {
  return (
    <span className="text-gray-700" data-testid="manual-task-slot">
      Manual task: {DSR_TASK_STATUS_LABELS[task.status].en}
    </span>
  );
}
