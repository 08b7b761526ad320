import type { ComponentProps, ReactNode } from "react";
import { cx } from "./class-names";

export type TableProps = ComponentProps<"table"> & {
  caption: ReactNode;
  /** Keep the caption for screen readers only. */
  hideCaption?: boolean;
};

export function Table({ caption, hideCaption, className, children, ...props }: TableProps) {
  return (
    <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
      <table className={cx("min-w-full border-collapse text-left text-sm", className)} {...props}>
        <caption className={cx(hideCaption ? "sr-only" : "px-4 py-3 text-left font-semibold text-gray-900")}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

export function THead({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cx("border-b border-gray-200 bg-gray-50", className)} {...props} />;
}

export function TBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cx("divide-y divide-gray-200", className)} {...props} />;
}

export function Tr({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cx("align-top", className)} {...props} />;
}

export function Th({ scope = "col", className, ...props }: ComponentProps<"th">) {
  return <th scope={scope} className={cx("px-4 py-3 font-semibold text-gray-700", className)} {...props} />;
}

export function Td({ className, ...props }: ComponentProps<"td">) {
  return <td className={cx("px-4 py-3 text-gray-900", className)} {...props} />;
}
