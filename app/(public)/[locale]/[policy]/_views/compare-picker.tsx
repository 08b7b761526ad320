"use client";
// Picks any two versions and opens their comparison. The comparison has its own static address
// (/toms/diff/1/3), so this only builds that address; without JavaScript, the history table's
// "compare with previous" links remain.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button, FormField, Select } from "@/app/_ui";

export function ComparePicker({
  diffBase,
  versions,
  versionLabel,
  words,
}: {
  /** "/en/toms/diff" */
  diffBase: string;
  /** Newest first. */
  versions: number[];
  versionLabel: Record<number, string>;
  words: { legend: string; from: string; to: string; submit: string; sameVersion: string };
}) {
  const router = useRouter();
  const [problem, setProblem] = useState("");
  function compare(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const a = Number(form.get("from"));
    const b = Number(form.get("to"));
    if (a === b) {
      setProblem(words.sameVersion);
      return;
    }
    setProblem("");
    router.push(`${diffBase}/${Math.min(a, b)}/${Math.max(a, b)}`);
  }
  const options = versions.map((version) => (
    <option key={version} value={version}>
      {versionLabel[version] ?? version}
    </option>
  ));
  return (
    <form onSubmit={compare} className="rounded-lg border border-gray-200 bg-white p-4" noValidate>
      <fieldset className="flex flex-wrap items-end gap-4">
        <legend className="mb-3 text-base font-semibold text-gray-900">{words.legend}</legend>
        <div className="min-w-56">
          <FormField label={words.from} id="compare-from">
            <Select name="from" defaultValue={versions[1]}>
              {options}
            </Select>
          </FormField>
        </div>
        <div className="min-w-56">
          <FormField label={words.to} id="compare-to">
            <Select name="to" defaultValue={versions[0]}>
              {options}
            </Select>
          </FormField>
        </div>
        <Button type="submit">{words.submit}</Button>
      </fieldset>
      <p aria-live="polite" className="mt-2 text-sm font-medium text-danger-700">
        {problem}
      </p>
    </form>
  );
}
