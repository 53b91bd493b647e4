// The numbers a person reads after a load run: requests, errors by kind,
// throughput and latency percentiles for signing in and for saving.
import { percentile, type LoadRecorder, type RequestKind } from "@/scripts/load/recorder";

const ms = (n: number) => (Number.isNaN(n) ? "-" : `${n.toFixed(0)} ms`);
const rate = (count: number, seconds: number) => (seconds > 0 ? (count / seconds).toFixed(1) : "-");

function latencyLine(recorder: LoadRecorder, kind: RequestKind): string {
  const sorted = [...recorder.latencies[kind]].sort((a, b) => a - b);
  return `p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, p99 ${ms(percentile(sorted, 99))}, max ${ms(sorted.at(-1) ?? Number.NaN)} (${sorted.length} answered)`;
}

function errorLine(recorder: LoadRecorder, kind: RequestKind): string {
  const errors = [...recorder.outcomes[kind]].filter(([label]) => label !== "ok").sort((a, b) => b[1] - a[1]);
  return errors.length === 0 ? "none" : errors.map(([label, n]) => `${label} ${n}`).join(", ");
}

/** `signInSeconds`: the opening burst in which every user signed in; `saveSeconds`: the autosave phase after it. */
export function printSummary(recorder: LoadRecorder, saveSeconds: number, signInSeconds: number): void {
  const requests = recorder.total("signIn") + recorder.total("save");
  const errors = recorder.errors("signIn") + recorder.errors("save");
  const signedIn = recorder.outcomes.signIn.get("ok") ?? 0;
  console.log(`\nrequests: ${requests} total, errors ${errors}`);
  console.log(
    `sign-in: ${recorder.total("signIn")} requests, ${signedIn} signed in (opening burst ${signInSeconds.toFixed(1)} s, ${rate(signedIn, signInSeconds)}/s), errors: ${errorLine(recorder, "signIn")}`,
  );
  console.log(`  latency ${latencyLine(recorder, "signIn")}`);
  console.log(
    `saves:   ${recorder.total("save")} requests in ${saveSeconds.toFixed(1)} s (${rate(recorder.total("save"), saveSeconds)}/s), ${recorder.acknowledged.length} acknowledged (${rate(recorder.acknowledged.length, saveSeconds)}/s), errors: ${errorLine(recorder, "save")}`,
  );
  console.log(`  latency ${latencyLine(recorder, "save")}`);
}
