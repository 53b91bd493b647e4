"use client";
// A labelled select wired to react-hook-form, with its error linked by
// aria-describedby, matching TextField.
import type { SelectHTMLAttributes } from "react";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  options: readonly { value: string; label: string }[];
  error?: FieldError;
  registration: UseFormRegisterReturn;
};

export function SelectField({ label, options, error, registration, id, ...selectProps }: Props) {
  const selectId = id ?? registration.name;
  const errorId = error ? `${selectId}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={selectId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={selectId}
        {...selectProps}
        {...registration}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
        className={`block w-full rounded-md border bg-white px-3 py-2 text-base shadow-sm ${error ? "border-red-600" : "border-slate-300"}`}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error?.message && (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-700">
          {error.message}
        </p>
      )}
    </div>
  );
}
