"use client";
// The organisation's teams, sent to the browser once for the whole admin page
// (not once per person): an organisation may have a thousand teams. Rows read
// them from this context, and one <datalist> serves every "add to team" box.
import { createContext, useContext, useMemo, type ReactNode } from "react";

type Team = { id: string; name: string };
type Directory = { teams: Team[]; nameOf: (id: string) => string; idOf: (name: string) => string | null };

const TeamDirectoryContext = createContext<Directory | null>(null);

export const TEAM_DATALIST_ID = "team-directory";

export function TeamDirectoryProvider({ teams, children }: { teams: Team[]; children: ReactNode }) {
  const directory = useMemo<Directory>(() => {
    const names = new Map(teams.map((t) => [t.id, t.name]));
    const ids = new Map(teams.map((t) => [t.name.trim().toLowerCase(), t.id]));
    return { teams, nameOf: (id) => names.get(id) ?? "Unknown team", idOf: (name) => ids.get(name.trim().toLowerCase()) ?? null };
  }, [teams]);
  return (
    <TeamDirectoryContext.Provider value={directory}>
      <datalist id={TEAM_DATALIST_ID}>
        {teams.map((t) => (
          <option key={t.id} value={t.name} />
        ))}
      </datalist>
      {children}
    </TeamDirectoryContext.Provider>
  );
}

export function useTeamDirectory(): Directory {
  const directory = useContext(TeamDirectoryContext);
  if (!directory) throw new Error("useTeamDirectory needs a TeamDirectoryProvider");
  return directory;
}
