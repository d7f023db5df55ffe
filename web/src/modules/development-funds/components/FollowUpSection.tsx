import { useQuery } from "@apollo/client/react";
import { OverdueFollowUps } from "../../grants/components/OverdueFollowUps";
import { DevFundOverdueFollowUpsQuery } from "../operations";
import type { Round } from "../round";

/** Återrapportering: the round's overdue follow-up reports in the kommun, region and NGO pots, and reminders. */
export function FollowUpSection({ round }: { round: Round }) {
  const { data, error, loading } = useQuery(DevFundOverdueFollowUpsQuery, {
    variables: { kommunCallId: round.kommunPot.id, regionCallId: round.regionPot.id, ngoCallId: round.ngoPot.id },
  });
  const items = data ? [...data.kommun, ...data.region, ...data.ngo] : undefined;
  return <OverdueFollowUps id="df-follow-up" items={items} loading={loading} error={error} />;
}
