import type { ReactNode } from "react";
import { cx } from "./class-names";

export type AlertTone = "info" | "success" | "warning" | "danger";

const tones: Record<AlertTone, string> = {
  info: "border-brand-600 bg-brand-50 text-brand-900",
  success: "border-success-700 bg-success-50 text-success-800",
  warning: "border-warning-700 bg-warning-50 text-warning-800",
  danger: "border-danger-700 bg-danger-50 text-danger-800",
};

export interface AlertProps {
  tone?: AlertTone;
  title?: string;
  children: ReactNode;
}

/** Danger is announced assertively (role="alert"); other tones politely (role="status"). */
export function Alert({ tone = "info", title, children }: AlertProps) {
  return (
    <div
      role={tone === "danger" ? "alert" : "status"}
      className={cx("rounded-md border-l-4 px-4 py-3 text-sm", tones[tone])}
    >
      {title && <p className="font-semibold">{title}</p>}
      <div className={cx(title && "mt-1")}>{children}</div>
    </div>
  );
}
