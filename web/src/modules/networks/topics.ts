import type { NetworkTopic } from "../../generated/graphql";

/** The topics in the order they are offered; labels are `networks.topics.<TOPIC>`. */
export const TOPICS: NetworkTopic[] = ["VALD_I_NARA_RELATIONER", "HEDERSRELATERAT_VALD", "PROSTITUTION_MANNISKOHANDEL", "BARN", "VALDSFOREBYGGANDE", "OTHER"];
