import type { ComponentProps } from "react";
import { cx } from "./class-names";

export type SelectProps = ComponentProps<"select"> & {
  /** Marks the field invalid (sets aria-invalid="true"). */
  invalid?: boolean;
};

/** A native <select> styled like Input; use inside FormField for the label. */
export function Select({ invalid, className, "aria-invalid": ariaInvalid, ...props }: SelectProps) {
  return (
    <select
      aria-invalid={invalid || ariaInvalid || undefined}
      className={cx(
        "block w-full rounded-md border border-gray-500 bg-white px-3 py-2 text-sm text-gray-900",
        "focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600",
        "disabled:cursor-not-allowed disabled:bg-gray-100 disabled:text-gray-600",
        "aria-invalid:border-danger-700 aria-invalid:focus-visible:outline-danger-700",
        className,
      )}
      {...props}
    />
  );
}
