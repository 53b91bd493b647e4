// Every control in the checklist, in domain order (see domains.ts).
import type { Control } from "@/lib/checklist/schema";
import { govControls } from "./controls-gov";
import { iamControls } from "./controls-iam";
import { dataControls } from "./controls-data";
import { eduControls } from "./controls-edu";
import { appControls } from "./controls-app";
import { platformControls } from "./controls-platform";
import { secopsControls } from "./controls-secops";
import { compControls } from "./controls-comp";

export const controls: Control[] = [
  ...govControls,
  ...iamControls,
  ...dataControls,
  ...eduControls,
  ...appControls,
  ...platformControls,
  ...secopsControls,
  ...compControls,
];
