import type { Actor } from "../../auth/actor";
import { stockholmDate } from "../../shared/dates";
import type { GrantService } from "../grants/grant.service";
import { programmePolicy } from "../grants/programmes";
import type { NetworkService } from "../networks/network.service";
import type { TrainingService } from "../trainings/training.service";
import { CommonErrors } from "../../shared/errors";
import { fieldMessage } from "../../shared/field-messages";
import { HITS_PER_KIND, MIN_TERM_LENGTH, type SearchGroup, SearchKind, type SearchResults } from "./search.types";

/** `%term%` for LIKE, with the wildcards of the term itself escaped by `!`. */
export function likePattern(term: string): string {
  return `%${term.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

/** A condition that any of the columns contains the parameter `:term`, case-insensitively on both databases. */
export function containsTerm(columns: string[]): string {
  return `(${columns.map((c) => `LOWER(${c}) LIKE LOWER(:term) ESCAPE '!'`).join(" OR ")})`;
}

/**
 * Search from the header: applications, trainings, networks and meetings. Each kind is asked of
 * its own domain's service, which applies the same visibility as its lists (its own organisation's
 * applications or all for those who read all, never another organisation's drafts; only the
 * networks the organisation belongs to, and their meetings).
 */
export class SearchService {
  constructor(
    private readonly grants: GrantService,
    private readonly trainings: TrainingService,
    private readonly networks: NetworkService,
  ) {}

  async search(actor: Actor, term: string, limit = HITS_PER_KIND): Promise<SearchResults> {
    const trimmed = term.trim();
    if (trimmed.length < MIN_TERM_LENGTH) {
      throw CommonErrors.invalidInput(undefined, { fields: [{ field: "term", path: "term", message: fieldMessage("search.termLength") }] });
    }
    const params = { term: likePattern(trimmed) };
    const groups: SearchGroup[] = [];

    const apps = await this.grants.searchApplications(actor, containsTerm, params, limit);
    groups.push({
      kind: SearchKind.APPLICATION,
      total: apps.total,
      hits: apps.items.map((a) => ({
        title: a.title,
        detail: [a.diarienummer, a.organisationRef?.name].filter(Boolean).join(" · ") || null,
        link: a.organisationId === actor.organisationId ? programmePolicy(a.call!).applicantLink(a.call!, a) : programmePolicy(a.call!).officerLink(a.call!, a),
      })),
    });

    const events = await this.trainings.searchEvents(actor, containsTerm, params, limit);
    groups.push({
      kind: SearchKind.TRAINING,
      total: events.total,
      hits: events.items.map((e) => ({ title: e.title, detail: e.startsAt ? stockholmDate(e.startsAt) : null, link: `/utbildningar/${e.id}` })),
    });

    const networks = await this.networks.searchNetworks(actor, containsTerm, params, limit);
    groups.push({
      kind: SearchKind.NETWORK,
      total: networks.total,
      hits: networks.items.map((n) => ({ title: n.name, detail: null, link: `/natverk/${n.id}` })),
    });

    const meetings = await this.networks.searchMeetings(actor, containsTerm, params, limit);
    groups.push({
      kind: SearchKind.MEETING,
      total: meetings.total,
      hits: meetings.items.map((m) => ({ title: m.title, detail: `${stockholmDate(m.startsAt)} · ${m.network?.name ?? ""}`, link: `/natverk/moten/${m.id}` })),
    });

    return { term: trimmed, groups };
  }
}
