import { cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";

/** Props FormField gives its control so label, hint and error are linked. */
export interface FieldControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

export interface FormFieldProps {
  label: ReactNode;
  /** The control's id; the label's htmlFor and the hint/error ids derive from it. */
  id: string;
  error?: string;
  hint?: string;
  /** A single control element (id/aria props are merged in) or a render function. */
  children: ReactElement<{ "aria-describedby"?: string }> | ((control: FieldControlProps) => ReactNode);
}

export function FormField({ label, id, error, hint, children }: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const control = (existing?: string): FieldControlProps => ({
    id,
    "aria-describedby": [existing, hintId, errorId].filter(Boolean).join(" ") || undefined,
    ...(error ? { "aria-invalid": true as const } : {}),
  });

  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-gray-900">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-gray-600">
          {hint}
        </p>
      )}
      {typeof children === "function"
        ? children(control())
        : isValidElement(children)
          ? cloneElement(children, control(children.props["aria-describedby"]))
          : children}
      {error && (
        <p id={errorId} className="text-sm font-medium text-danger-700">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      )}
    </div>
  );
}
