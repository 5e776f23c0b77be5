import { minimatch } from "minimatch";
import type { OrgRepo } from "../github/org-repos.js";
import type { OrgError } from "./types.js";

export interface RepoFilter {
  /** Include archived repositories (default: skip them: nobody ships from them). */
  archived?: boolean;
  /** Include forks (default: skip them: their code is mostly someone else's). */
  forks?: boolean;
  /** Only these visibilities (default: all). */
  visibility?: ("public" | "private" | "internal")[];
  /** Only repositories with at least one of these topics. */
  topics?: string[];
  /** Only names matching one of these globs (`api-*`, `acme/svc-*`). */
  include?: string[];
  /** Never names matching these globs. */
  exclude?: string[];
}

const matches = (repo: OrgRepo, globs: string[]) => {
  const short = repo.fullName.slice(repo.fullName.indexOf("/") + 1);
  return globs.some((g) => minimatch(repo.fullName, g, { nocase: true }) || minimatch(short, g, { nocase: true }));
};

/** Pure: which listed repositories the scan takes, and why each other one is left out. */
export function selectRepos(repos: OrgRepo[], filter: RepoFilter): { selected: OrgRepo[]; skipped: OrgError[] } {
  const selected: OrgRepo[] = [];
  const skipped: OrgError[] = [];
  for (const r of repos) {
    const why =
      r.disabled ? "disabled"
      : r.archived && !filter.archived ? "archived (--include-archived to scan)"
      : r.fork && !filter.forks ? "fork (--include-forks to scan)"
      : filter.visibility?.length && !filter.visibility.includes(r.visibility) ? `visibility ${r.visibility}`
      : filter.topics?.length && !filter.topics.some((t) => r.topics.includes(t.toLowerCase())) ? "no matching topic"
      : filter.include?.length && !matches(r, filter.include) ? "name does not match --repo"
      : filter.exclude?.length && matches(r, filter.exclude) ? "name matches --exclude-repo"
      : undefined;
    if (why) skipped.push({ repository: r.fullName, reason: why });
    else selected.push(r);
  }
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { selected: selected.sort((a, b) => order(a.fullName, b.fullName)), skipped: skipped.sort((a, b) => order(a.repository, b.repository)) };
}

/**
 * Splits repositories into at most `maxShards` shards of similar total size
 * (largest first onto the lightest shard), each with at least `perShard`
 * repositories where there are enough. For a GitHub Actions matrix.
 */
export function shard(repos: OrgRepo[], maxShards: number, perShard = 1): { shard: number; repos: string[] }[] {
  if (repos.length === 0) return [];
  const n = Math.max(1, Math.min(maxShards, Math.ceil(repos.length / Math.max(1, perShard))));
  const shards = Array.from({ length: n }, (_, i) => ({ shard: i + 1, repos: [] as string[], load: 0 }));
  const bySize = [...repos].sort((a, b) => b.size - a.size || (a.fullName < b.fullName ? -1 : 1));
  for (const r of bySize) {
    const lightest = shards.reduce((a, b) => (b.load < a.load || (b.load === a.load && b.repos.length < a.repos.length) ? b : a));
    lightest.repos.push(r.fullName);
    lightest.load += Math.max(1, r.size);
  }
  return shards.map(({ shard: s, repos: list }) => ({ shard: s, repos: list.sort() }));
}
