import type { FileKind } from "../../types.js";
import type { Detector } from "../types.js";
import { detectContainer } from "./containers.js";
import { detectHelmChart } from "./helm.js";
import { detectTerraform } from "./terraform.js";
import { detectWorkflow } from "./workflow.js";

// Infrastructure, container and workflow detectors, one module per format:
//   terraform.ts (+ hcl.ts)   .tf / .tf.json resources, data sources, providers
//   cloudformation.ts         CloudFormation / SAM / synthesized CDK templates
//   azure.ts                  ARM JSON and Bicep
//   containers.ts             docker-compose, Dockerfile; images in Kubernetes / Helm YAML
//   workflow.ts               GitHub Actions workflows
//   helm.ts                   Helm Chart.yaml / Chart.lock dependencies (subcharts)
//   config.ts                 `config` files: generic values + the above where they apply

/** Detectors for the kinds that have no other: the pipeline registers them by kind. */
export const IAC_DETECTORS: Partial<Record<FileKind, Detector>> = {
  terraform: detectTerraform,
  workflow: detectWorkflow,
  container: detectContainer,
  "helm-chart": detectHelmChart,
};

export { detectIacConfig } from "./config.js";
