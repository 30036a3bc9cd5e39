"use client";

import { type FormHTMLAttributes, type ReactNode, startTransition } from "react";

type Props = Omit<FormHTMLAttributes<HTMLFormElement>, "action" | "onSubmit"> & {
  action: (form: FormData) => void;
  children: ReactNode;
};

/**
 * A form that submits to a server action without React's automatic reset, so
 * that a refused submission keeps what the person typed next to its errors.
 */
export function ActionForm({ action, children, ...rest }: Props) {
  return (
    <form
      noValidate
      {...rest}
      onSubmit={(event) => {
        event.preventDefault();
        // The pressed button's name and value go along, as in a native submit.
        const form = new FormData(event.currentTarget, event.nativeEvent.submitter);
        startTransition(() => action(form));
      }}
    >
      {children}
    </form>
  );
}
