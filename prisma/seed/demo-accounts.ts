// The demo accounts the seed creates and the README lists. Kept apart from
// the seed itself so browser tests can import them without server code.
export const DEMO_PASSWORD = "steward-demo-2026";

export const demoAccounts = {
  admin: { email: "admin@steward.demo", name: "Ada Okafor" },
  manager: { email: "manager@steward.demo", name: "Marcus Lee" },
  member: { email: "member@steward.demo", name: "Mina Patel" },
} as const;
