import type { ComponentProps } from "react";
import { cx } from "./class-names";
import { fieldClassName } from "./input";

export type TextAreaProps = ComponentProps<"textarea"> & {
  /** Marks the field invalid (sets aria-invalid="true"). */
  invalid?: boolean;
};

/** A multi-line field styled like Input; use inside FormField for the label. */
export function TextArea({ invalid, className, "aria-invalid": ariaInvalid, ...props }: TextAreaProps) {
  return (
    <textarea
      aria-invalid={invalid || ariaInvalid || undefined}
      className={cx(fieldClassName, className)}
      {...props}
    />
  );
}
