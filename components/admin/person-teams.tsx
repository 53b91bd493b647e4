"use client";
// A person's teams on the admin page: one chip per team with a remove button,
// and a type-ahead box to add them to another team. Scales to organisations
// with many teams, where a checkbox per team would not.
import { useState } from "react";
import { TEAM_DATALIST_ID, useTeamDirectory } from "@/components/admin/team-directory";

type Props = {
  personId: string;
  personName: string;
  teamIds: Set<string>;
  pending: boolean;
  onChange: (teamId: string, member: boolean) => void;
};

export function PersonTeams({ personId, personName, teamIds, pending, onChange }: Props) {
  const { nameOf, idOf } = useTeamDirectory();
  const [draft, setDraft] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = `add-team-${personId}`;
  const linked = [...teamIds].sort((a, b) => nameOf(a).localeCompare(nameOf(b)));

  function add() {
    const teamId = idOf(draft);
    if (!teamId) return setProblem("Choose a team from the list.");
    if (teamIds.has(teamId)) return setProblem(`${personName} is already on ${nameOf(teamId)}.`);
    setProblem(null);
    setDraft("");
    onChange(teamId, true);
  }

  return (
    <div className="space-y-2">
      <ul className="flex flex-wrap gap-1.5" aria-label={`Teams of ${personName}`}>
        {linked.length === 0 && <li className="text-sm text-slate-500">No team</li>}
        {linked.map((teamId) => (
          <li key={teamId} className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pr-1 pl-2.5 text-sm">
            {nameOf(teamId)}
            <button
              type="button"
              disabled={pending}
              aria-label={`Remove ${personName} from ${nameOf(teamId)}`}
              onClick={() => onChange(teamId, false)}
              className="rounded-full px-1.5 text-slate-600 hover:bg-slate-200 hover:text-slate-900"
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="flex items-center gap-2">
        <label htmlFor={inputId} className="sr-only">
          Add {personName} to a team
        </label>
        <input
          id={inputId}
          list={TEAM_DATALIST_ID}
          value={draft}
          placeholder="Add to a team…"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${inputId}-error` : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add();
            }
          }}
          className="w-48 rounded-md border border-slate-300 px-2 py-1 text-sm"
        />
        <button
          type="button"
          disabled={pending || !draft.trim()}
          onClick={add}
          className="rounded-md border border-slate-300 px-2 py-1 text-sm font-medium hover:bg-slate-100 disabled:text-slate-400"
        >
          Add
        </button>
      </div>
      {problem && (
        <p id={`${inputId}-error`} role="alert" className="text-sm text-red-700">
          {problem}
        </p>
      )}
    </div>
  );
}
