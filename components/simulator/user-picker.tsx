"use client";

import { useEffect, useState, useTransition } from "react";
import { InputField } from "@/components/ui/field";
import { findUsersAction } from "@/app/(console)/simulator/actions";

type Props = {
  id: string;
  name?: string;
  label: string;
  defaultValue?: string;
  value?: string;
  onChange?: (value: string) => void;
  error?: string;
  hint?: string;
  required?: boolean;
};

/**
 * A logon field that suggests up to 20 matching users as one types: the list
 * is searched in the server, never loaded whole (there may be 100,000).
 */
export function UserPicker({ id, name, label, defaultValue, value, onChange, error, hint, required }: Props) {
  const [text, setText] = useState(value ?? defaultValue ?? "");
  const [options, setOptions] = useState<{ logon: string; fullName: string; disabled: boolean }[]>([]);
  const [, startTransition] = useTransition();
  const current = value ?? text;

  useEffect(() => {
    const timer = setTimeout(() => {
      startTransition(async () => setOptions(await findUsersAction(current)));
    }, 200);
    return () => clearTimeout(timer);
  }, [current]);

  return (
    <>
      <InputField
        id={id}
        name={name ?? id}
        label={label}
        list={`${id}-users`}
        value={current}
        onChange={(event) => {
          setText(event.target.value);
          onChange?.(event.target.value);
        }}
        autoComplete="off"
        spellCheck={false}
        placeholder="DOMAIN\name or part of a name"
        error={error}
        hint={hint}
        required={required}
      />
      <datalist id={`${id}-users`}>
        {options.map((user) => (
          <option key={user.logon} value={user.logon}>
            {user.fullName}
            {user.disabled ? " (disabled)" : ""}
          </option>
        ))}
      </datalist>
    </>
  );
}
