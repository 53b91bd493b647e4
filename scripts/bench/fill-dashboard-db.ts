// `npm run bench:fill -- [--url DATABASE_URL] [--teams 1000] [--assessments 10]`
// Migrates the database and adds one large organisation for measuring the
// dashboard (prisma/seed/fill-bench-organisation.ts). Skips the fill when
// that organisation is already there, so benchmarks can reuse the database.
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { createPrismaClient, prepareDatabase } from "@/lib/db/create-client";
import { fillBenchOrganisation } from "@/prisma/seed/fill-bench-organisation";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: process.env.DATABASE_URL ?? "file:./data/bench-dashboard.db" },
    teams: { type: "string", default: "1000" },
    assessments: { type: "string", default: "10" },
  },
});
const url = values.url!;
const teams = Number(values.teams);
const assessmentsPerTeam = Number(values.assessments);

execFileSync("bash", ["scripts/db-migrate.sh"], { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "ignore", "inherit"] });
const db = createPrismaClient(url);
await prepareDatabase(db, url);
const name = `Bench organisation ${teams}x${assessmentsPerTeam}`;
if (await db.organisation.findFirst({ where: { name }, select: { id: true } })) {
  console.error(`${name} is already in the database: fill skipped.`);
} else {
  const started = performance.now();
  await fillBenchOrganisation({
    db,
    teams,
    assessmentsPerTeam,
    onProgress: (done) => {
      if (done % 100 === 0 || done === teams) process.stderr.write(`\r  ${done}/${teams} teams`);
    },
  });
  process.stderr.write("\n");
  const answers = await db.answer.count();
  console.error(`Filled ${teams} teams x ${assessmentsPerTeam} assessments (${answers.toLocaleString("en")} answers) in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
await db.$disconnect();
