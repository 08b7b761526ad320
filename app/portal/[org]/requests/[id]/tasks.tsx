import { DataTable } from "@/app/_ui";
import type { DsrDetail } from "@/lib/dsr/detail";
import { DSR_TASK_ACTION_LABELS, DSR_TASK_STATUS_LABELS } from "@/lib/dsr/messages";
import { formatCalendarDate } from "@/lib/i18n/format";
import { REQUEST_DETAIL_MESSAGES as M } from "../messages";
import type { Words } from "./page";

/** One row per system and action: its state, how many records, and the ground of a block (A11). */
export function Tasks({ detail, words: { t, locale } }: { detail: DsrDetail; words: Words }) {
  return (
    <section aria-labelledby="tasks-heading" className="space-y-3">
      <h2 id="tasks-heading" className="text-lg font-semibold">
        {t(M.tasksTitle)}
      </h2>
      <DataTable
        caption={t(M.tasksCaption)}
        hideCaption
        rows={detail.tasks}
        rowKey={(task) => task.id}
        empty={{
          title: t(M.noTasksTitle),
          description: detail.status === "FORWARDED" ? t(M.noTasksForwarded) : t(M.noTasks),
        }}
        columns={[
          { header: t(M.system), rowHeader: true, cell: (task) => task.system },
          { header: t(M.action), cell: (task) => t(DSR_TASK_ACTION_LABELS[task.action]) },
          { header: t(M.taskStatus), cell: (task) => t(DSR_TASK_STATUS_LABELS[task.status]) },
          { header: t(M.records), cell: (task) => (task.records === null ? "—" : String(task.records)) },
          {
            header: t(M.ground),
            cell: (task) =>
              task.ground ? (
                <span>
                  {task.ground}
                  {task.blockedUntil && ` (${t(M.until(formatCalendarDate(locale, task.blockedUntil)))})`}
                </span>
              ) : (
                "—"
              ),
          },
        ]}
      />
    </section>
  );
}
