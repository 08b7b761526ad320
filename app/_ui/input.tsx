import type { ComponentProps } from "react";
import { cx } from "./class-names";

export type InputProps = ComponentProps<"input"> & {
  /** Marks the field invalid (sets aria-invalid="true"). */
  invalid?: boolean;
};

/** The look shared by single- and multi-line text fields (Input, TextArea). */
export const fieldClassName = cx(
  "block w-full rounded-md border border-gray-500 bg-white px-3 py-2 text-sm text-gray-900",
  "placeholder:text-gray-500 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600",
  "disabled:cursor-not-allowed disabled:bg-gray-100 disabled:text-gray-600",
  "aria-invalid:border-danger-700 aria-invalid:focus-visible:outline-danger-700",
);

export function Input({ invalid, className, "aria-invalid": ariaInvalid, ...props }: InputProps) {
  return (
    <input
      aria-invalid={invalid || ariaInvalid || undefined}
      className={cx(fieldClassName, className)}
      {...props}
    />
  );
}
