import type { Mode } from "./inputs.js";

/** What one run compares, decided from the event alone. */
export type Plan =
  | { kind: "full"; event: string; why: string }
  | {
      kind: "diff";
      event: string;
      /** The commit the change is compared against. */
      base: string;
      /** The commit under review. */
      head: string;
      pr?: PullRequestRef;
      /**
       * false for pull_request_target: the workspace holds the base branch and
       * the head is read as data (git objects or the API), never checked out.
       */
      headInWorkspace: boolean;
    };

export interface PullRequestRef {
  number: number;
  /** The head lives in another repository: its token is read-only. */
  fork: boolean;
  /** What the payload says the pull request changes (the API lists at most 3,000). */
  changedFiles?: number;
}

const ZERO = /^0+$/;

/** Thrown when the event cannot be handled in the requested mode: a configuration error. */
export class EventError extends Error {}

const SUPPORTED = "pull_request, pull_request_target, merge_group, push, schedule, workflow_dispatch";

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === "object" ? (v as Json) : {});
const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

function pullRequest(event: string, payload: Json): Plan {
  const pr = obj(payload.pull_request);
  const base = str(obj(pr.base).sha);
  const head = str(obj(pr.head).sha);
  const number = typeof pr.number === "number" ? pr.number : typeof payload.number === "number" ? payload.number : undefined;
  if (!base || !head || number === undefined) throw new EventError(`the ${event} payload has no pull_request.base.sha, head.sha or number`);
  const headRepo = str(obj(obj(pr.head).repo).full_name);
  const baseRepo = str(obj(obj(pr.base).repo).full_name);
  return {
    kind: "diff",
    event,
    base,
    head,
    pr: {
      number,
      fork: headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo,
      ...(typeof pr.changed_files === "number" ? { changedFiles: pr.changed_files } : {}),
    },
    headInWorkspace: event !== "pull_request_target",
  };
}

/** Decides full scan or comparison from `GITHUB_EVENT_NAME`, its payload and the `mode` input. */
export function planRun(event: string, payload: Json, mode: Mode): Plan {
  if (mode === "full") return { kind: "full", event, why: "mode: full" };
  let plan: Plan;
  switch (event) {
    case "pull_request":
    case "pull_request_target":
      plan = pullRequest(event, payload);
      break;
    case "merge_group": {
      const mg = obj(payload.merge_group);
      const base = str(mg.base_sha);
      const head = str(mg.head_sha);
      if (!base || !head) throw new EventError("the merge_group payload has no merge_group.base_sha or head_sha");
      plan = { kind: "diff", event, base, head, headInWorkspace: true };
      break;
    }
    case "push": {
      const before = str(payload.before);
      const after = str(payload.after);
      if (!after) throw new EventError("the push payload has no 'after' commit");
      plan =
        !before || ZERO.test(before)
          ? { kind: "full", event, why: "a new branch: no previous commit to compare with" }
          : { kind: "diff", event, base: before, head: after, headInWorkspace: true };
      break;
    }
    case "schedule":
    case "workflow_dispatch":
      plan = { kind: "full", event, why: `a ${event} run scans the whole checkout` };
      break;
    default:
      throw new EventError(
        `shadow-ai does not know how to compare on '${event}' events (it handles ${SUPPORTED}); set 'mode: full' to scan the checkout anyway`,
      );
  }
  if (mode === "pull-request" && plan.kind !== "diff") {
    throw new EventError(`mode: pull-request needs a pull_request, pull_request_target, merge_group or push event with a previous commit; this is '${event}' (${plan.kind === "full" ? plan.why : ""})`);
  }
  return plan;
}
