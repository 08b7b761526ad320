"use client";

import { useId, useRef, type ReactNode } from "react";
import { Button, type ButtonVariant } from "./button";

export interface DialogProps {
  /** Visible label of the button that opens the dialog. */
  triggerLabel: string;
  triggerVariant?: ButtonVariant;
  title: string;
  children: ReactNode;
  /** Label of the close button (default "Close"). */
  closeLabel?: string;
}

/** Modal built on the native <dialog>: focus trap, Escape and focus return are native. */
export function Dialog({
  triggerLabel,
  triggerVariant = "secondary",
  title,
  children,
  closeLabel = "Close",
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  return (
    <>
      <Button variant={triggerVariant} aria-haspopup="dialog" onClick={() => ref.current?.showModal()}>
        {triggerLabel}
      </Button>
      <dialog
        ref={ref}
        aria-labelledby={titleId}
        className="m-auto w-full max-w-lg rounded-lg border border-gray-200 bg-white p-0 text-gray-900 shadow-xl backdrop:bg-gray-900/50"
      >
        <div className="flex items-start justify-between gap-4 border-b border-gray-200 px-6 py-4">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          <Button variant="ghost" size="sm" onClick={() => ref.current?.close()}>
            {closeLabel}
          </Button>
        </div>
        <div className="px-6 py-4">{children}</div>
      </dialog>
    </>
  );
}
