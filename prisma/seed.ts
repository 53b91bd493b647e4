// `npm run db:seed`: fills an empty database with the demo organisation.
// It refuses to touch a database that already has data.
import { createPrismaClient, prepareDatabase } from "@/lib/db/create-client";
import { seedDemo, demoAccounts, DEMO_PASSWORD } from "./seed/seed-demo";
import { verifyDemoSignIns } from "./seed/verify-demo-sign-in";

const url = process.env.DATABASE_URL ?? "file:./data/steward.db";
const db = createPrismaClient(url);
await prepareDatabase(db, url);
if ((await db.organisation.count()) > 0) {
  console.log("Database already has data: seed skipped (npm run db:reset starts again).");
} else {
  await seedDemo({ db });
  await verifyDemoSignIns(db);
  console.log("Seeded the demo organisation Northwind Health and signed in as each demo account. Sign in with any of:");
  for (const [role, account] of Object.entries(demoAccounts)) console.log(`  ${role.padEnd(8)} ${account.email}`);
  console.log(`  password ${DEMO_PASSWORD}`);
}
await db.$disconnect();
